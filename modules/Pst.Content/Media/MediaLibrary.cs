using Microsoft.EntityFrameworkCore;
using Pst.Content.Pages;
using Pst.Core.Files;
using Pst.Data;

namespace Pst.Content.Media;

/// <summary>
/// Uploads for pages: JPEG, PNG or PDF, checked by content (never by the browser's name or type) through the file
/// store; an image needs its alternative text first. A refused upload stores nothing, and a file whose record
/// cannot be saved is removed again. A file can be replaced in place, its text edited, and deleted while no page shows it.
/// </summary>
public sealed class MediaLibrary(PstDbContext db, CheckedUpload uploads, IFileStore files, TimeProvider clock)
{
    /// <summary>Newest first (ordered here: SQLite cannot order moments in SQL).</summary>
    public async Task<IReadOnlyList<MediaItem>> ListAsync(CancellationToken cancellationToken = default) =>
        (await db.Set<MediaItem>().AsNoTracking().ToListAsync(cancellationToken)).OrderByDescending(m => m.UploadedAt).ToList();

    public Task<MediaItem?> FindAsync(Guid id, CancellationToken cancellationToken = default) =>
        db.Set<MediaItem>().AsNoTracking().SingleOrDefaultAsync(m => m.Id == id, cancellationToken);

    public Task<Stream?> OpenAsync(MediaItem item, CancellationToken cancellationToken = default) => files.OpenAsync(item.FileId, cancellationToken);

    /// <param name="name">The browser's file name: shown in lists, never used to store or type the file.</param>
    public async Task<MediaItem> UploadAsync(Stream content, long length, string? name, string? altText, string editorId, CancellationToken cancellationToken = default)
    {
        var alt = MediaItem.CheckAltText(altText, await IsImageAsync(content, length, cancellationToken));
        var stored = await StoreAsync(content, length, cancellationToken);
        var item = new MediaItem(Guid.NewGuid(), stored.Id, DisplayName(name, stored), stored.ContentType, stored.Length, alt, editorId, clock.GetUtcNow());
        db.Add(item);
        await SaveOrDiscardAsync(stored, cancellationToken);
        return item;
    }

    /// <summary>Puts another file in the item's place (same address, so pages show the new one); the old file is removed.</summary>
    public async Task ReplaceAsync(Guid id, Stream content, long length, string? name, string editorId, CancellationToken cancellationToken = default)
    {
        var item = await RequireAsync(id, cancellationToken);
        var stored = await StoreAsync(content, length, cancellationToken);
        var previous = item.FileId;
        try
        {
            item.Replace(stored.Id, DisplayName(name, stored), stored.ContentType, stored.Length, editorId, clock.GetUtcNow());
        }
        catch
        {
            await uploads.DiscardAsync(stored);
            throw;
        }

        await SaveOrDiscardAsync(stored, cancellationToken);
        await files.DeleteAsync(previous, cancellationToken);
    }

    public async Task ChangeAltTextAsync(Guid id, string? altText, CancellationToken cancellationToken = default)
    {
        (await RequireAsync(id, cancellationToken)).ChangeAltText(altText);
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Removes the item and its file; refused, naming them, while a page's draft or public version shows it.</summary>
    public async Task DeleteAsync(Guid id, CancellationToken cancellationToken = default)
    {
        var item = await RequireAsync(id, cancellationToken);
        var users = (await db.Set<Page>().AsNoTracking().ToListAsync(cancellationToken))
            .Where(p => new[] { p.Latest, p.Published }.Any(v => v is not null && Shows(v, item.Address)))
            .Select(p => p.Latest.Title)
            .Order(StringComparer.CurrentCulture)
            .ToList();
        if (users.Count > 0)
        {
            throw new ContentRefusedException("This file is shown on {0}; take it out of those pages first.", string.Join(", ", users));
        }

        db.Remove(item);
        await db.SaveChangesAsync(cancellationToken);
        await files.DeleteAsync(item.FileId, cancellationToken);
    }

    private static bool Shows(PageVersion version, string address) =>
        new[] { version.Body, version.Summary ?? "" }.Concat(version.Sections.Values).Any(t => t.Contains(address, StringComparison.OrdinalIgnoreCase));

    private async Task<MediaItem> RequireAsync(Guid id, CancellationToken cancellationToken) =>
        await db.Set<MediaItem>().SingleOrDefaultAsync(m => m.Id == id, cancellationToken) ?? throw new ContentRefusedException("There is no such file.");

    private static async Task<bool> IsImageAsync(Stream content, long length, CancellationToken cancellationToken)
    {
        var header = new byte[UploadCheck.HeaderLength];
        var read = await content.ReadAtLeastAsync(header, header.Length, throwOnEndOfStream: false, cancellationToken);
        content.Position = 0;
        return UploadCheck.Inspect(header.AsSpan(0, read), length, long.MaxValue).Kind is UploadKind.Jpeg or UploadKind.Png;
    }

    private async Task<StoredFile> StoreAsync(Stream content, long length, CancellationToken cancellationToken)
    {
        var outcome = await uploads.StoreAsync(content, length, cancellationToken);
        return outcome.Stored ?? throw new ContentRefusedException(outcome.Refusal!.MessageKey, [.. outcome.Refusal.Arguments]);
    }

    /// <summary>A file whose record cannot be saved is removed again.</summary>
    private async Task SaveOrDiscardAsync(StoredFile stored, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch
        {
            db.ChangeTracker.Clear();
            await uploads.DiscardAsync(stored);
            throw;
        }
    }

    private static string DisplayName(string? name, StoredFile stored) =>
        Path.GetFileName(name ?? "").Trim() is { Length: > 0 } given ? given[..Math.Min(given.Length, MediaItem.NameMaxLength)] : stored.Id;
}
