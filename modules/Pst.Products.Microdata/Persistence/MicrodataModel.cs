using Microsoft.EntityFrameworkCore;
using Pst.Data;
using Pst.Products.Microdata.Catalogue;

namespace Pst.Products.Microdata.Persistence;

/// <summary>The module's tables (prefix <c>Microdata_</c>): the data dictionaries. The datasets themselves are catalogue items.</summary>
public sealed class MicrodataModel : IEntityModelContributor
{
    public void Configure(ModelBuilder modelBuilder) =>
        modelBuilder.Entity<Variable>(v =>
        {
            v.ToTable("Microdata_Variables");
            v.HasKey(x => new { x.DatasetCode, x.Position });
            v.Property(x => x.DatasetCode).HasMaxLength(100);
            v.Property(x => x.Name).HasMaxLength(64);
            v.Property(x => x.Label).HasMaxLength(500);
            v.Property(x => x.Type).HasConversion<string>().HasMaxLength(20);
            v.Property(x => x.Role).HasConversion<string>().HasMaxLength(20);
            v.Property(x => x.Section).HasMaxLength(300);
            v.Property(x => x.Question).HasMaxLength(2000);
            v.Property(x => x.Universe).HasMaxLength(500);
            v.Property(x => x.ValueLabelsJson);
            v.Ignore(x => x.ValueLabels);
            v.HasIndex(x => new { x.DatasetCode, x.Name }).IsUnique();
        });
}
