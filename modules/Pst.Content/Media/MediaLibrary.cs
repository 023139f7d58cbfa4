using Microsoft.EntityFrameworkCore;
using Pst.Content.Pages;
using Pst.Core.Files;
using Pst.Data;

namespace Pst.Content.Media;

/// <summary>
/// Uploads for pages: JPEG, PNG or PDF, checked by content (never by the browser's name or type) through the file
/// store; an image needs its alternative text first. A refused upload stores nothing, and a file whose record
/// cannot be saved is removed again.
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
        var alt = string.IsNullOrWhiteSpace(altText) ? null : altText.Trim();
        if (alt is { Length: > MediaItem.AltTextMaxLength })
        {
            throw new ContentRefusedException("The text for an image has at most 250 characters.");
        }

        var header = new byte[UploadCheck.HeaderLength];
        var read = await content.ReadAtLeastAsync(header, header.Length, throwOnEndOfStream: false, cancellationToken);
        content.Position = 0;
        var kind = UploadCheck.Inspect(header.AsSpan(0, read), length, long.MaxValue).Kind;
        if (kind is UploadKind.Jpeg or UploadKind.Png && alt is null)
        {
            throw new ContentRefusedException("Describe the image for readers who cannot see it (alternative text).");
        }

        var outcome = await uploads.StoreAsync(content, length, cancellationToken);
        if (outcome.Stored is not { } stored)
        {
            throw new ContentRefusedException(outcome.Refusal!.MessageKey, [.. outcome.Refusal.Arguments]);
        }

        var displayName = Path.GetFileName(name ?? "").Trim() is { Length: > 0 } given ? given[..Math.Min(given.Length, MediaItem.NameMaxLength)] : stored.Id;
        var item = new MediaItem(Guid.NewGuid(), stored.Id, displayName, stored.ContentType, stored.Length, alt, editorId, clock.GetUtcNow());
        db.Add(item);
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

        return item;
    }
}
