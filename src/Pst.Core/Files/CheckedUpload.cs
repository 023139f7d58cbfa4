namespace Pst.Core.Files;

/// <summary>An upload refused: a localisation key and its arguments. Nothing was stored.</summary>
public sealed record UploadRefusal(string MessageKey, params object[] Arguments);

/// <summary>The result of <see cref="CheckedUpload.StoreAsync"/>: the stored file, or why it was refused.</summary>
public sealed record UploadOutcome(StoredFile? Stored, UploadRefusal? Refusal);

/// <summary>Stores an upload only once its content passed <see cref="UploadCheck"/>, under a name of the store's making.</summary>
public sealed class CheckedUpload(IFileStore files, FileStoreOptions options)
{
    /// <param name="content">A seekable stream (an uploaded form file is buffered, so it is).</param>
    public async Task<UploadOutcome> StoreAsync(Stream content, long length, CancellationToken cancellationToken = default)
    {
        var header = new byte[UploadCheck.HeaderLength];
        var read = await content.ReadAtLeastAsync(header, header.Length, throwOnEndOfStream: false, cancellationToken);
        var verdict = UploadCheck.Inspect(header.AsSpan(0, read), length, options.MaxUploadBytes);
        if (!verdict.Accepted)
        {
            return new UploadOutcome(null, new UploadRefusal(verdict.ErrorKey!, verdict.Arguments));
        }

        content.Position = 0;
        return new UploadOutcome(await files.SaveAsync(content, verdict.Extension, verdict.ContentType, cancellationToken), null);
    }

    /// <summary>Removes a stored upload whose change was then refused.</summary>
    public Task DiscardAsync(StoredFile stored) => files.DeleteAsync(stored.Id, CancellationToken.None);
}
