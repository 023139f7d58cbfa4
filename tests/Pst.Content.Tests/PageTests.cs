using Pst.Content.Pages;

namespace Pst.Content.Tests;

/// <summary>A page's versions: drafts, publishing, history, restore; the public sees only what was published.</summary>
public sealed class PageTests
{
    private static readonly DateTimeOffset Monday = new(2026, 12, 7, 9, 0, 0, TimeSpan.FromHours(7));

    private static Page NewPage() => new(Guid.NewGuid(), PageLanguage.Indonesian, "sekilas-tentang-pst", Guid.NewGuid(), "Sekilas tentang PST", "PST adalah layanan satu pintu.", null, "editor-1", Monday);

    [Fact]
    public void A_new_page_is_a_draft_the_public_does_not_see()
    {
        var page = NewPage();
        Assert.False(page.IsPublic);
        Assert.Null(page.Published);
        Assert.True(page.HasUnpublishedChanges);
        Assert.Equal((1, "editor-1", Monday), (page.Latest.Number, page.Latest.EditorId, page.Latest.SavedAt));
    }

    [Fact]
    public void An_edit_after_publishing_is_a_draft_until_published_and_an_old_version_can_be_restored()
    {
        var page = NewPage();
        page.Publish("editor-1", Monday);
        page.Edit("Sekilas tentang PST", "PST adalah layanan satu pintu dan satu atap.", "Tentang PST", "editor-2", Monday.AddHours(1));

        Assert.Equal(1, page.Published!.Number); // the public still sees version 1
        Assert.Equal(2, page.Latest.Number);
        Assert.True(page.HasUnpublishedChanges);
        page.Publish("editor-1", Monday);
        Assert.Equal(("PST adalah layanan satu pintu dan satu atap.", false), (page.Published!.Body, page.HasUnpublishedChanges));

        var restored = page.Restore(1, "editor-1", Monday.AddHours(2));
        Assert.Equal((3, "PST adalah layanan satu pintu.", "editor-1"), (restored.Number, restored.Body, restored.EditorId));
        Assert.Equal(2, page.Published!.Number);
        Assert.Equal([1, 2, 3], page.Versions.Select(v => v.Number));
        Assert.Throws<ContentRefusedException>(() => page.Restore(9, "editor-1", Monday));

        page.Unpublish();
        Assert.False(page.IsPublic);
    }

    [Fact]
    public void A_page_without_a_title_or_with_a_faulty_address_is_refused_and_nothing_is_saved()
    {
        var page = NewPage();
        Assert.Equal("A title is required.", Assert.Throws<ContentRefusedException>(() => page.Edit("  ", "teks", null, "editor-1", Monday)).MessageKey);
        Assert.Equal("A title has at most 200 characters.", Assert.Throws<ContentRefusedException>(() => page.Edit(new string('J', 201), "teks", null, "editor-1", Monday)).MessageKey);
        Assert.Throws<ContentRefusedException>(() => page.Edit("Judul", "teks", new string('x', 301), "editor-1", Monday));
        Assert.Throws<ContentRefusedException>(() => page.ChangeSlug("Standar Pelayanan"));
        Assert.Single(page.Versions);
        Assert.Equal("sekilas-tentang-pst", page.Slug);
        Assert.Throws<ContentRefusedException>(() => new Page(Guid.NewGuid(), PageLanguage.English, "../admin", Guid.NewGuid(), "About", "", null, "editor-1", Monday));
    }
}
