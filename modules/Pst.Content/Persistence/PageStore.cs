using Microsoft.EntityFrameworkCore;
using Pst.Content.Pages;
using Pst.Data;

namespace Pst.Content.Persistence;

/// <summary>A page as the editors' list shows it.</summary>
public sealed record PageListing(Guid Id, PageLanguage Language, PageKind Kind, string Slug, string Title, bool IsPublic, bool HasUnpublishedChanges, DateTimeOffset ChangedAt, Guid TranslationGroup);

/// <summary>Loads and saves pages. Two editors saving at once, or taking one address twice, are refused with a message; nothing is half-written.</summary>
public sealed class PageStore(PstDbContext db, Search.PageSearchIndex search)
{
    public Task<Page?> FindAsync(Guid id, CancellationToken cancellationToken = default) =>
        db.Set<Page>().SingleOrDefaultAsync(p => p.Id == id, cancellationToken);

    /// <summary>The page the public reaches at <c>/halaman/{slug}</c>: published only, in the reader's language when both have the address.</summary>
    public async Task<Page?> FindPublishedAsync(string slug, PageLanguage preferred, CancellationToken cancellationToken = default)
    {
        var candidates = await db.Set<Page>().AsNoTracking().Where(p => p.Slug == slug && p.PublishedNumber != null && p.Kind != PageKind.Home).ToListAsync(cancellationToken);
        return candidates.FirstOrDefault(p => p.Language == preferred) ?? candidates.FirstOrDefault();
    }

    /// <summary>The first published page of a kind in a language (the home page's blocks; the service standard the home page links to).</summary>
    public async Task<Page?> FindPublishedOfKindAsync(PageKind kind, PageLanguage language, CancellationToken cancellationToken = default) =>
        (await db.Set<Page>().AsNoTracking().Where(p => p.Kind == kind && p.Language == language && p.PublishedNumber != null).ToListAsync(cancellationToken))
            .OrderBy(p => p.CreatedAt).FirstOrDefault();

    public Task<List<Page>> TranslationsAsync(Guid group, CancellationToken cancellationToken = default) =>
        db.Set<Page>().AsNoTracking().Where(p => p.TranslationGroup == group).ToListAsync(cancellationToken);

    public Task<Page?> FindByRecipeKeyAsync(string key, PageLanguage language, CancellationToken cancellationToken = default) =>
        db.Set<Page>().SingleOrDefaultAsync(p => p.RecipeKey == key && p.Language == language, cancellationToken);

    public async Task<IReadOnlyList<PageListing>> ListAsync(CancellationToken cancellationToken = default)
    {
        var pages = await db.Set<Page>().AsNoTracking().ToListAsync(cancellationToken);
        return pages
            .Select(p => new PageListing(p.Id, p.Language, p.Kind, p.Slug, p.Latest.Title, p.IsPublic, p.HasUnpublishedChanges, p.Latest.SavedAt, p.TranslationGroup))
            .OrderBy(p => p.Title, StringComparer.CurrentCultureIgnoreCase).ThenBy(p => p.Language)
            .ToList();
    }

    public Task<bool> SlugTakenAsync(PageLanguage language, string slug, Guid? except, CancellationToken cancellationToken = default) =>
        db.Set<Page>().AnyAsync(p => p.Language == language && p.Slug == slug && p.Id != except, cancellationToken);

    /// <summary>How the editors of the given ids are shown (their e-mail address, else the id; the recipe by name).</summary>
    public async Task<IReadOnlyDictionary<string, string>> EditorNamesAsync(IEnumerable<string> ids, CancellationToken cancellationToken = default)
    {
        var wanted = ids.Distinct().ToList();
        var users = await db.Users.AsNoTracking().Where(u => wanted.Contains(u.Id)).Select(u => new { u.Id, u.Email, u.FullName }).ToListAsync(cancellationToken);
        return wanted.ToDictionary(id => id, id => users.FirstOrDefault(u => u.Id == id) is { } user
            ? (string.IsNullOrWhiteSpace(user.FullName) ? user.Email ?? id : $"{user.FullName} ({user.Email})")
            : id);
    }

    public void Add(Page page) => db.Set<Page>().Add(page);

    /// <summary>Forgets unsaved changes (a refused step), so the page shows what is saved.</summary>
    public void DiscardChanges() => db.ChangeTracker.Clear();

    /// <summary>Saves, and writes the search rows of the pages changed (so search always shows what is published).</summary>
    public async Task SaveAsync(CancellationToken cancellationToken = default)
    {
        var changed = db.ChangeTracker.Entries<Page>().Where(e => e.State is EntityState.Added or EntityState.Modified).Select(e => e.Entity).ToList();
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            throw new ContentRefusedException("Someone else saved this page at the same time. Open it again: your text is below, copy it before you do.");
        }
        catch (DbUpdateException)
        {
            // The unique index on (language, address): another editor took the address between our check and the save.
            db.ChangeTracker.Clear();
            throw new ContentRefusedException("Another page in this language already has this address.");
        }

        foreach (var page in changed)
        {
            await search.IndexAsync(page, cancellationToken);
        }
    }
}
