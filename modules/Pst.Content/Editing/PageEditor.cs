using Pst.Content.Caching;
using Pst.Content.Pages;
using Pst.Content.Persistence;
using Pst.Content.Publishing;

namespace Pst.Content.Editing;

/// <summary>
/// The editors' steps on a page: write a new one or its translation, save a version, publish, take offline,
/// restore an old version. Each step is checked whole before anything is saved; a refusal changes nothing.
/// </summary>
public sealed class PageEditor(PageStore store, ContentCache cache, TimeProvider clock)
{
    public async Task<Page> CreateAsync(PageLanguage language, PageKind kind, string? slug, PageText text, string editorId, CancellationToken cancellationToken = default)
    {
        var page = new Page(Guid.NewGuid(), language, kind, await FreeSlugAsync(language, slug, text.Title, null, cancellationToken), Guid.NewGuid(), text, editorId, clock.GetUtcNow());
        store.Add(page);
        await store.SaveAsync(cancellationToken);
        return page;
    }

    /// <summary>A new page in the other language, linked to <paramref name="sourceId"/> as its translation.</summary>
    public async Task<Page> TranslateAsync(Guid sourceId, PageLanguage language, string? slug, PageText text, string editorId, CancellationToken cancellationToken = default)
    {
        var source = await RequireAsync(sourceId, cancellationToken);
        if ((await store.TranslationsAsync(source.TranslationGroup, cancellationToken)).Any(p => p.Language == language))
        {
            throw new ContentRefusedException("This page already has a translation in that language.");
        }

        var page = new Page(Guid.NewGuid(), language, source.Kind, await FreeSlugAsync(language, slug, text.Title, null, cancellationToken), source.TranslationGroup, text, editorId, clock.GetUtcNow());
        store.Add(page);
        await store.SaveAsync(cancellationToken);
        return page;
    }

    /// <summary>Saves the editor's text as a new version. <paramref name="stamp"/> is the page as the editor opened it: a page saved by someone else since is refused.</summary>
    public async Task<PageVersion> SaveAsync(Guid id, int stamp, string slug, PageText text, string editorId, CancellationToken cancellationToken = default)
    {
        var page = await RequireAsync(id, cancellationToken, stamp);
        var publicAddressChanges = slug != page.Slug && page.IsPublic;
        if (slug != page.Slug)
        {
            page.ChangeSlug(await FreeSlugAsync(page.Language, slug, text.Title, page.Id, cancellationToken));
        }

        var version = page.Edit(text, editorId, clock.GetUtcNow());
        await store.SaveAsync(cancellationToken);
        if (publicAddressChanges)
        {
            await cache.EvictAsync(cancellationToken);
        }

        return version;
    }

    public async Task PublishAsync(Guid id, string editorId, CancellationToken cancellationToken = default) =>
        await ChangePublicAsync(id, p => p.Publish(editorId, clock.GetUtcNow()), cancellationToken);

    public async Task UnpublishAsync(Guid id, CancellationToken cancellationToken = default) =>
        await ChangePublicAsync(id, p => p.Unpublish(), cancellationToken);

    /// <summary>An old version becomes the newest (a draft until published).</summary>
    public async Task<PageVersion> RestoreAsync(Guid id, int number, string editorId, CancellationToken cancellationToken = default)
    {
        var page = await RequireAsync(id, cancellationToken);
        var version = page.Restore(number, editorId, clock.GetUtcNow());
        await store.SaveAsync(cancellationToken);
        return version;
    }

    private async Task ChangePublicAsync(Guid id, Action<Page> change, CancellationToken cancellationToken)
    {
        var page = await RequireAsync(id, cancellationToken);
        change(page);
        await store.SaveAsync(cancellationToken);
        await cache.EvictAsync(cancellationToken);
    }

    private async Task<Page> RequireAsync(Guid id, CancellationToken cancellationToken, int? stamp = null)
    {
        var page = await store.FindAsync(id, cancellationToken) ?? throw new ContentRefusedException("There is no such page.");
        if (stamp is { } opened && opened != page.ConcurrencyStamp)
        {
            throw new ContentRefusedException("Someone else saved this page at the same time. Open it again: your text is below, copy it before you do.");
        }

        return page;
    }

    /// <summary>The address asked for, or one made from the title; refused when another page of the language has it.</summary>
    private async Task<string> FreeSlugAsync(PageLanguage language, string? slug, string title, Guid? except, CancellationToken cancellationToken)
    {
        var wanted = string.IsNullOrWhiteSpace(slug) ? Slug.FromTitle(title) : slug.Trim();
        if (Slug.IsValid(wanted) && await store.SlugTakenAsync(language, wanted, except, cancellationToken))
        {
            throw new ContentRefusedException("Another page in this language already has the address '{0}'.", wanted);
        }

        return wanted;
    }
}
