using Microsoft.EntityFrameworkCore;
using Pst.Data;
using Pst.Products.Maps.Boundaries;

namespace Pst.Products.Maps.Persistence;

/// <summary>The module's tables (prefix <c>Maps_</c>): the editions of the boundary layers and the areas of the latest.</summary>
public sealed class MapsModel : IEntityModelContributor
{
    public void Configure(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<BoundaryEdition>(e =>
        {
            e.ToTable("Maps_Editions");
            e.HasKey(x => x.Id);
            e.Property(x => x.Title).HasMaxLength(300);
            e.Property(x => x.Source).HasMaxLength(1000);
            e.Property(x => x.Licence).HasMaxLength(1000);
            e.Property(x => x.Sha256).HasMaxLength(64);
            e.Property(x => x.ImportedBy).HasMaxLength(200);
            e.HasIndex(x => x.ImportedAt);
        });
        modelBuilder.Entity<StoredArea>(a =>
        {
            a.ToTable("Maps_Areas");
            a.HasKey(x => new { x.Level, x.Code });
            a.Property(x => x.Level).HasConversion<string>().HasMaxLength(20);
            a.Property(x => x.Code).HasMaxLength(20);
            a.Property(x => x.Name).HasMaxLength(200);
            a.Property(x => x.ParentCode).HasMaxLength(20);
            a.Property(x => x.KemendagriCode).HasMaxLength(20);
            a.Property(x => x.BpsName).HasMaxLength(200);
            a.Property(x => x.Kind).HasMaxLength(20);
            a.HasIndex(x => new { x.Level, x.ParentCode });
        });
    }
}
