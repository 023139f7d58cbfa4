namespace Pst.Content.Pages;

/// <summary>The languages a page is written in; a page and its translation share a <see cref="Page.TranslationGroup"/>.</summary>
public enum PageLanguage
{
    Indonesian,
    English,
}

/// <summary>One saved state of a page's text: what the editor wrote, who, when.</summary>
public sealed record PageVersion(int Number, string Title, string Body, string? Summary, string EditorId, DateTimeOffset SavedAt);

/// <summary>
/// A content page kept by editors. Every save is a new version (nothing is overwritten, so any two can be compared
/// and an old one restored); the public sees only the version last published, editors see the newest. Only a
/// published page is public at all.
/// </summary>
public sealed class Page
{
    private readonly List<PageVersion> _versions = [];

    public Page(Guid id, PageLanguage language, string slug, Guid translationGroup, string title, string body, string? summary, string editorId, DateTimeOffset at)
    {
        Id = id;
        Language = language;
        Slug = RequireSlug(slug);
        TranslationGroup = translationGroup;
        Save(title, body, summary, editorId, at);
    }

    public Guid Id { get; }

    public PageLanguage Language { get; }

    /// <summary>The address part, unique per language (the store's index keeps it so).</summary>
    public string Slug { get; private set; }

    /// <summary>Shared by a page and its translations, to link between them.</summary>
    public Guid TranslationGroup { get; }

    public IReadOnlyList<PageVersion> Versions => _versions;

    /// <summary>The newest version: what editors edit and preview.</summary>
    public PageVersion Latest => _versions[^1];

    /// <summary>The number of the version the public sees; null while never published or taken offline.</summary>
    public int? PublishedNumber { get; private set; }

    public PageVersion? Published => PublishedNumber is { } number ? _versions.Single(v => v.Number == number) : null;

    public bool IsPublic => PublishedNumber is not null;

    /// <summary>The newest version is not the one the public sees.</summary>
    public bool HasUnpublishedChanges => PublishedNumber != Latest.Number;

    /// <summary>Saves a new version; the public keeps seeing the published one until the editor publishes again.</summary>
    public PageVersion Edit(string title, string body, string? summary, string editorId, DateTimeOffset at) => Save(title, body, summary, editorId, at);

    public void ChangeSlug(string slug) => Slug = RequireSlug(slug);

    /// <summary>Makes the newest version the public one.</summary>
    public void Publish() => PublishedNumber = Latest.Number;

    /// <summary>Takes the page off the public site; its versions stay.</summary>
    public void Unpublish() => PublishedNumber = null;

    /// <summary>Brings back an old version as a new one (the history keeps everything in between).</summary>
    public PageVersion Restore(int number, string editorId, DateTimeOffset at)
    {
        var old = _versions.FirstOrDefault(v => v.Number == number) ?? throw new ContentRefusedException("This page has no version {0}.", number);
        return Save(old.Title, old.Body, old.Summary, editorId, at);
    }

    private PageVersion Save(string title, string body, string? summary, string editorId, DateTimeOffset at)
    {
        var version = new PageVersion(
            _versions.Count + 1,
            title?.Trim() is { Length: > 0 and <= 200 } t ? t : throw new ContentRefusedException("Give a title of at most 200 characters."),
            body ?? "",
            string.IsNullOrWhiteSpace(summary) ? null : summary.Trim() is { Length: <= 300 } s ? s : throw new ContentRefusedException("The summary has at most 300 characters."),
            editorId,
            at);
        _versions.Add(version);
        return version;
    }

    private static string RequireSlug(string slug) =>
        Pages.Slug.IsValid(slug) ? slug : throw new ContentRefusedException("An address is made of small letters, digits and single dashes (at most 100), for example standar-pelayanan.");
}

/// <summary>A content change refused; nothing changed. <see cref="MessageKey"/> and <see cref="Arguments"/> are for the page.</summary>
public sealed class ContentRefusedException(string messageKey, params object[] arguments)
    : Exception(string.Format(System.Globalization.CultureInfo.InvariantCulture, messageKey, arguments))
{
    public string MessageKey { get; } = messageKey;

    public IReadOnlyList<object> Arguments { get; } = arguments;
}
