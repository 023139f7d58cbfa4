using Microsoft.EntityFrameworkCore;
using Pst.Content.Caching;
using Pst.Content.Pages;
using Pst.Content.Publishing;
using Pst.Core.Navigation;
using Pst.Data;

namespace Pst.Content.Menus;

/// <summary>One entry as an editor gives it: a page or an address, under a parent (by its index in the list) or at the top.</summary>
public sealed record MenuItemInput(string? Text, Guid? PageId, string? Url, int? ParentIndex);

/// <summary>
/// The main and footer menus per language. An editor saves a whole menu at once: it is checked whole and replaces
/// the saved one in one save, or nothing changes. A link to a page follows the page's address and shows only
/// while the page is published.
/// </summary>
public sealed class SiteMenus(PstDbContext db, ContentCache cache, TimeProvider clock) : IEditedMenus
{
    public Task<List<MenuItem>> ItemsAsync(MenuName menu, PageLanguage language, CancellationToken cancellationToken = default) =>
        db.Set<MenuItem>().AsNoTracking().Where(i => i.Menu == menu && i.Language == language).OrderBy(i => i.Position).ToListAsync(cancellationToken);

    public Task<MenuRecord?> RecordAsync(MenuName menu, PageLanguage language, CancellationToken cancellationToken = default) =>
        db.Set<MenuRecord>().SingleOrDefaultAsync(r => r.Menu == menu && r.Language == language, cancellationToken);

    public async Task<IReadOnlyList<NavigationLink>?> LoadAsync(string language, bool footer, CancellationToken cancellationToken = default)
    {
        var lang = ContentLanguage.FromCode(language) ?? PageLanguage.Indonesian;
        var menu = footer ? MenuName.Footer : MenuName.Main;
        if (await RecordAsync(menu, lang, cancellationToken) is null)
        {
            return null;
        }

        var items = await ItemsAsync(menu, lang, cancellationToken);
        var pageIds = items.Where(i => i.PageId is not null).Select(i => i.PageId!.Value).ToList();
        var slugs = await db.Set<Page>().AsNoTracking()
            .Where(p => pageIds.Contains(p.Id) && p.PublishedNumber != null)
            .ToDictionaryAsync(p => p.Id, p => p.Slug, cancellationToken);

        string? Href(MenuItem item) => item.PageId is { } id ? slugs.TryGetValue(id, out var slug) ? SiteAddresses.Page(slug) : null : item.Url ?? "";

        return items.Where(i => i.ParentId is null && Href(i) is not null)
            .Select(top => new NavigationLink(top.Text, Href(top)!)
            {
                Children = items.Where(c => c.ParentId == top.Id && Href(c) is { Length: > 0 }).Select(c => new NavigationLink(c.Text, Href(c)!)).ToList(),
            })
            .Where(l => l.Url.Length > 0 || l.Children.Count > 0)
            .ToList();
    }

    /// <summary>Replaces a menu with the given entries, in their order. Refused whole when an entry is faulty.</summary>
    public async Task ReplaceAsync(MenuName menu, PageLanguage language, IReadOnlyList<MenuItemInput> entries, string changedBy, CancellationToken cancellationToken = default)
    {
        var pageIds = entries.Where(e => e.PageId is not null).Select(e => e.PageId!.Value).Distinct().ToList();
        var pages = await db.Set<Page>().AsNoTracking().Where(p => pageIds.Contains(p.Id)).Select(p => new { p.Id, p.Language }).ToListAsync(cancellationToken);
        var ids = entries.Select(_ => Guid.NewGuid()).ToList();
        var items = new List<MenuItem>();
        for (var i = 0; i < entries.Count; i++)
        {
            var entry = entries[i];
            var number = i + 1;
            var text = entry.Text?.Trim();
            if (text is not { Length: > 0 and <= MenuItem.TextMaxLength })
            {
                throw new ContentRefusedException("Entry {0}: give a text of at most 100 characters.", number);
            }

            var url = string.IsNullOrWhiteSpace(entry.Url) ? null : entry.Url.Trim();
            if (entry.PageId is { } pageId)
            {
                if (pages.FirstOrDefault(p => p.Id == pageId) is not { } page || page.Language != language)
                {
                    throw new ContentRefusedException("Entry {0}: choose a page in the menu's language.", number);
                }

                url = null;
            }
            else if (url is not null && !MenuItem.IsAllowedUrl(url))
            {
                throw new ContentRefusedException("Entry {0}: an address starts with / on this site, or with http:// or https://.", number);
            }

            Guid? parent = null;
            if (entry.ParentIndex is { } parentIndex)
            {
                if (parentIndex < 0 || parentIndex >= i || entries[parentIndex].ParentIndex is not null)
                {
                    throw new ContentRefusedException("Entry {0}: a submenu entry goes under a top-level entry above it.", number);
                }

                parent = ids[parentIndex];
            }

            if (entry.PageId is null && url is null && (parent is not null || !entries.Skip(i + 1).Any(e => e.ParentIndex == i)))
            {
                throw new ContentRefusedException("Entry {0}: choose a page or give an address.", number);
            }

            items.Add(new MenuItem(ids[i], menu, language, parent, number, text, entry.PageId, url));
        }

        db.Set<MenuItem>().RemoveRange(await db.Set<MenuItem>().Where(i => i.Menu == menu && i.Language == language).ToListAsync(cancellationToken));
        db.Set<MenuItem>().AddRange(items);
        var record = await RecordAsync(menu, language, cancellationToken);
        if (record is null)
        {
            db.Add(new MenuRecord(menu, language, changedBy, clock.GetUtcNow()));
        }
        else
        {
            (record.ChangedBy, record.ChangedAt) = (changedBy, clock.GetUtcNow());
        }

        await db.SaveChangesAsync(cancellationToken);
        await cache.EvictAsync(cancellationToken);
    }
}
