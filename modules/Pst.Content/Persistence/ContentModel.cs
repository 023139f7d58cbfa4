using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Pst.Content.Menus;
using Pst.Content.Pages;
using Pst.Data;

namespace Pst.Content.Persistence;

/// <summary>The module's tables (prefix <c>Content_</c>).</summary>
public sealed class ContentModel : IEntityModelContributor
{
    public void Configure(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Page>(p =>
        {
            p.ToTable("Content_Pages");
            p.HasKey(x => x.Id);
            p.Property(x => x.Id).ValueGeneratedNever();
            p.Property(x => x.Language).HasConversion<string>().HasMaxLength(20);
            p.Property(x => x.Kind).HasConversion<string>().HasMaxLength(30);
            p.Property(x => x.Slug).HasMaxLength(Slug.MaxLength);
            p.Property(x => x.RecipeKey).HasMaxLength(100);
            p.Property(x => x.PublishedBy).HasMaxLength(450);
            p.Property(x => x.ConcurrencyStamp).IsConcurrencyToken();
            p.HasIndex(x => new { x.Language, x.Slug }).IsUnique();
            p.HasIndex(x => x.TranslationGroup);
            p.HasIndex(x => new { x.RecipeKey, x.Language });
            p.Ignore(x => x.Latest);
            p.Ignore(x => x.Published);
            p.Ignore(x => x.IsPublic);
            p.Ignore(x => x.HasUnpublishedChanges);
            p.Ignore(x => x.IsRecipeText);

            p.OwnsMany(x => x.Versions, v =>
            {
                v.ToTable("Content_PageVersions");
                v.WithOwner().HasForeignKey("PageId");
                v.Property<int>("Id");
                v.HasKey("Id");
                v.HasIndex("PageId", nameof(PageVersion.Number)).IsUnique();
                v.Property(x => x.Title).HasMaxLength(Page.TitleMaxLength);
                v.Property(x => x.Summary).HasMaxLength(Page.SummaryMaxLength);
                v.Property(x => x.EditorId).HasMaxLength(450);
                v.Property(x => x.Sections).HasConversion(
                    s => JsonSerializer.Serialize(s, (JsonSerializerOptions?)null),
                    s => JsonSerializer.Deserialize<SortedDictionary<string, string>>(s, (JsonSerializerOptions?)null) ?? new SortedDictionary<string, string>(),
                    new ValueComparer<IReadOnlyDictionary<string, string>>(
                        (a, b) => a!.Count == b!.Count && a.All(e => b.ContainsKey(e.Key) && b[e.Key] == e.Value),
                        s => s.Aggregate(0, (h, e) => HashCode.Combine(h, e.Key, e.Value)),
                        s => new SortedDictionary<string, string>(s.ToDictionary(), StringComparer.Ordinal)));
            });
            p.Navigation(x => x.Versions).HasField("_versions").UsePropertyAccessMode(PropertyAccessMode.Field);
        });

        modelBuilder.Entity<MenuItem>(m =>
        {
            m.ToTable("Content_MenuItems");
            m.HasKey(x => x.Id);
            m.Property(x => x.Id).ValueGeneratedNever();
            m.Property(x => x.Menu).HasConversion<string>().HasMaxLength(20);
            m.Property(x => x.Language).HasConversion<string>().HasMaxLength(20);
            m.Property(x => x.Text).HasMaxLength(MenuItem.TextMaxLength);
            m.Property(x => x.Url).HasMaxLength(MenuItem.UrlMaxLength);
            m.HasIndex(x => new { x.Menu, x.Language, x.Position });
        });

        modelBuilder.Entity<Media.MediaItem>(m =>
        {
            m.ToTable("Content_Media");
            m.HasKey(x => x.Id);
            m.Property(x => x.Id).ValueGeneratedNever();
            m.Property(x => x.FileId).HasMaxLength(100);
            m.Property(x => x.Name).HasMaxLength(Media.MediaItem.NameMaxLength);
            m.Property(x => x.ContentType).HasMaxLength(100);
            m.Property(x => x.AltText).HasMaxLength(Media.MediaItem.AltTextMaxLength);
            m.Property(x => x.UploadedBy).HasMaxLength(450);
            m.Ignore(x => x.IsImage);
            m.Ignore(x => x.Address);
            m.Ignore(x => x.Markdown);
        });

        modelBuilder.Entity<MenuRecord>(m =>
        {
            m.ToTable("Content_Menus");
            m.HasKey(x => new { x.Menu, x.Language });
            m.Property(x => x.Menu).HasConversion<string>().HasMaxLength(20);
            m.Property(x => x.Language).HasConversion<string>().HasMaxLength(20);
            m.Property(x => x.ChangedBy).HasMaxLength(450);
        });
    }
}
