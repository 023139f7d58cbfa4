namespace Pst.Core.Files;

/// <summary>A stored file: its id (the only name it has in the store), size and content type.</summary>
public sealed record StoredFile(string Id, long Length, string ContentType);

/// <summary>
/// Where uploaded and produced files live (a local folder by default; an object store or shared volume on several
/// nodes). A file is written to a temporary name and moved into place, so a failed write leaves nothing behind.
/// </summary>
public interface IFileStore
{
    /// <param name="extension">The extension that matches the checked content (".pdf"), never the browser's file name.</param>
    Task<StoredFile> SaveAsync(Stream content, string extension, string contentType, CancellationToken cancellationToken = default);

    /// <summary>The file's content, or null when there is no file with that id.</summary>
    Task<Stream?> OpenAsync(string id, CancellationToken cancellationToken = default);

    Task DeleteAsync(string id, CancellationToken cancellationToken = default);

    /// <summary>The file's size in bytes, or null when there is no file with that id.</summary>
    async Task<long?> LengthAsync(string id, CancellationToken cancellationToken = default)
    {
        await using var content = await OpenAsync(id, cancellationToken);
        return content?.Length;
    }
}

/// <summary>Section <c>Files</c>: the store's folder and the upload size limits.</summary>
public sealed class FileStoreOptions
{
    public string Root { get; set; } = "App_Data/files";

    /// <summary>The largest single upload.</summary>
    public long MaxUploadBytes { get; set; } = 10 * 1024 * 1024;

    /// <summary>The largest single upload in megabytes, as upload fields state it and a refusal says it.</summary>
    public decimal MaxUploadMegabytes => UploadCheck.Megabytes(MaxUploadBytes);

    /// <summary>The most one request may hold in uploads at a time (its documents and the signed agreement).</summary>
    public long MaxRequestUploadBytes { get; set; } = 50 * 1024 * 1024;

    /// <summary>
    /// The largest body a form may post (all its files and fields together), Kestrel's own default; a larger one is
    /// answered 413 with the site's page before it is read.
    /// </summary>
    public long MaxBodyBytes { get; set; } = 30_000_000;

    public decimal MaxBodyMegabytes => UploadCheck.Megabytes(MaxBodyBytes);
}

/// <summary>What the store's ids say of their files.</summary>
public static class StoredFiles
{
    /// <summary>The content type of a stored file, from the extension the store gave it after checking the content.</summary>
    public static string ContentTypeOf(string id) => Path.GetExtension(id).ToLowerInvariant() switch
    {
        ".pdf" => "application/pdf",
        ".jpg" => "image/jpeg",
        ".png" => "image/png",
        _ => "application/octet-stream",
    };
}
