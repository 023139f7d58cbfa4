namespace Pst.Content.Pages;

/// <summary>The languages a page is written in; a page and its translation share a <see cref="Page.TranslationGroup"/>.</summary>
public enum PageLanguage
{
    Indonesian,
    English,
}

/// <summary>
/// What a page is: free text, a service standard whose components are kept per channel
/// (<see cref="ServiceStandardSections"/>), or the home page's blocks (<see cref="HomeSections"/>, shown at <c>/</c> only).
/// </summary>
public enum PageKind
{
    Article,
    ServiceStandard,
    Home,
}

/// <summary>One saved state of a page's text: what the editor wrote, who, when.</summary>
/// <param name="Sections">The named parts of a structured page (a service standard's components); empty for an article.</param>
public sealed record PageVersion(int Number, string Title, string Body, string? Summary, IReadOnlyDictionary<string, string> Sections, string EditorId, DateTimeOffset SavedAt)
{
    public string Section(string key) => Sections.TryGetValue(key, out var text) ? text : "";

    public bool HasSameText(PageVersion other) =>
        Title == other.Title && Body == other.Body && Summary == other.Summary
        && Sections.Count == other.Sections.Count && Sections.All(s => other.Section(s.Key) == s.Value);
}

/// <summary>What an editor writes in one save.</summary>
public sealed record PageText(string Title, string Body, string? Summary = null, IReadOnlyDictionary<string, string>? Sections = null);

/// <summary>
/// A content page kept by editors. Every save is a new version (nothing is overwritten, so any two can be compared
/// and an old one restored); the public sees only the version last published, editors see the newest. Only a
/// published page is public at all.
/// </summary>
public sealed class Page
{
    public const int TitleMaxLength = 200;
    public const int SummaryMaxLength = 300;

    /// <summary>The editor recorded on versions a recipe saves, so a later run can tell them from a person's.</summary>
    public const string RecipeEditor = "recipe";

    private readonly List<PageVersion> _versions = [];

    public Page(Guid id, PageLanguage language, string slug, Guid translationGroup, string title, string body, string? summary, string editorId, DateTimeOffset at)
        : this(id, language, PageKind.Article, slug, translationGroup, new PageText(title, body, summary), editorId, at)
    {
    }

    public Page(Guid id, PageLanguage language, PageKind kind, string slug, Guid translationGroup, PageText text, string editorId, DateTimeOffset at)
    {
        Id = id;
        Language = language;
        Kind = kind;
        Slug = RequireSlug(slug);
        TranslationGroup = translationGroup;
        CreatedAt = at;
        Save(text, editorId, at);
    }

    private Page()
    {
        Slug = "";
    }

    public Guid Id { get; private set; }

    public PageLanguage Language { get; private set; }

    public PageKind Kind { get; private set; }

    /// <summary>The address part, unique per language (the store's index keeps it so).</summary>
    public string Slug { get; private set; }

    /// <summary>Shared by a page and its translations, to link between them.</summary>
    public Guid TranslationGroup { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>The key a recipe gave the page (with the language, how a later run finds it again even after its address changed).</summary>
    public string? RecipeKey { get; private set; }

    /// <summary>The newest text was written by a recipe, not by a person, so a recipe may replace it.</summary>
    public bool IsRecipeText => Latest.EditorId == RecipeEditor;

    /// <summary>Raised by every change, so that two editors saving at once cannot overwrite each other.</summary>
    public int ConcurrencyStamp { get; private set; }

    public IReadOnlyList<PageVersion> Versions => _versions;

    /// <summary>The newest version: what editors edit and preview.</summary>
    public PageVersion Latest => _versions.MaxBy(v => v.Number)!;

    /// <summary>The number of the version the public sees; null while never published or taken offline.</summary>
    public int? PublishedNumber { get; private set; }

    public string? PublishedBy { get; private set; }

    public DateTimeOffset? PublishedAt { get; private set; }

    public PageVersion? Published => PublishedNumber is { } number ? Version(number) : null;

    public bool IsPublic => PublishedNumber is not null;

    /// <summary>The newest version is not the one the public sees.</summary>
    public bool HasUnpublishedChanges => PublishedNumber != Latest.Number;

    public PageVersion? Version(int number) => _versions.FirstOrDefault(v => v.Number == number);

    /// <summary>
    /// Saves a new version; the public keeps seeing the published one until the editor publishes again. Saving the
    /// same text again adds no version.
    /// </summary>
    public PageVersion Edit(string title, string body, string? summary, string editorId, DateTimeOffset at) => Edit(new PageText(title, body, summary), editorId, at);

    public PageVersion Edit(PageText text, string editorId, DateTimeOffset at) => Save(text, editorId, at);

    public void KeepRecipeKey(string key) => RecipeKey = key;

    public void ChangeSlug(string slug)
    {
        Slug = RequireSlug(slug);
        ConcurrencyStamp++;
    }

    /// <summary>Makes the newest version the public one.</summary>
    public void Publish(string editorId, DateTimeOffset at)
    {
        PublishedNumber = Latest.Number;
        PublishedBy = editorId;
        PublishedAt = at;
        ConcurrencyStamp++;
    }

    /// <summary>Takes the page off the public site; its versions stay.</summary>
    public void Unpublish()
    {
        PublishedNumber = null;
        ConcurrencyStamp++;
    }

    /// <summary>Brings back an old version as a new one (the history keeps everything in between).</summary>
    public PageVersion Restore(int number, string editorId, DateTimeOffset at)
    {
        var old = Version(number) ?? throw new ContentRefusedException("This page has no version {0}.", number);
        return Save(new PageText(old.Title, old.Body, old.Summary, old.Sections), editorId, at);
    }

    /// <summary>The newest version already holds exactly this text (after the trimming a save does).</summary>
    public bool HasText(PageText text) => Latest.HasSameText(Normalize(text, "", default));

    private PageVersion Save(PageText text, string editorId, DateTimeOffset at)
    {
        var version = Normalize(text, editorId, at);
        if (_versions.Count > 0 && Latest.HasSameText(version))
        {
            return Latest;
        }

        _versions.Add(version);
        ConcurrencyStamp++;
        return version;
    }

    private PageVersion Normalize(PageText text, string editorId, DateTimeOffset at)
    {
        var sections = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, value) in text.Sections ?? new Dictionary<string, string>())
        {
            if (!PageSections.IsKnown(Kind, key))
            {
                throw new ContentRefusedException("This page has no part '{0}'.", key);
            }

            if (!string.IsNullOrWhiteSpace(value))
            {
                sections[key] = value.Trim().ReplaceLineEndings("\n");
            }
        }

        return new PageVersion(
            _versions.Count == 0 ? 1 : Latest.Number + 1,
            text.Title?.Trim() is not { Length: > 0 } t ? throw new ContentRefusedException("A title is required.")
                : t.Length <= TitleMaxLength ? t : throw new ContentRefusedException("A title has at most 200 characters."),
            (text.Body ?? "").ReplaceLineEndings("\n"),
            string.IsNullOrWhiteSpace(text.Summary) ? null : text.Summary.Trim() is { Length: <= SummaryMaxLength } s ? s : throw new ContentRefusedException("The summary has at most 300 characters."),
            sections,
            editorId,
            at);
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
