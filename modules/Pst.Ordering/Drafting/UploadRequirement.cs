using Pst.Core.Files;
using Pst.Ordering.Lifecycle;
using Pst.Ordering.Persistence;
using Pst.Ordering.Requests;

namespace Pst.Ordering.Drafting;

/// <summary>An upload refused: a localisation key and its arguments. Nothing already uploaded changed.</summary>
public sealed record UploadRefusal(string MessageKey, params object[] Arguments);

/// <summary>
/// The customer uploads a required document: checked by its content (PDF, JPEG, PNG; size limit), stored through
/// the file store under a name of the store's making, then recorded on the request. A refused upload leaves the
/// request and the file store as they were.
/// </summary>
public sealed class UploadRequirement(RequestStore store, IFileStore files, FileStoreOptions options)
{
    /// <summary>Null when stored; a refusal otherwise. Throws <see cref="TransitionRefusedException"/> when the request does not take uploads now.</summary>
    /// <param name="content">A seekable stream (an uploaded form file is buffered, so it is).</param>
    public async Task<UploadRefusal?> UploadAsync(Request request, RequestActor customer, string documentCode, Stream content, long length, CancellationToken cancellationToken = default)
    {
        var header = new byte[UploadCheck.HeaderLength];
        var read = await content.ReadAtLeastAsync(header, header.Length, throwOnEndOfStream: false, cancellationToken);
        var verdict = UploadCheck.Inspect(header.AsSpan(0, read), length, options.MaxUploadBytes);
        if (!verdict.Accepted)
        {
            return new UploadRefusal(verdict.ErrorKey!, verdict.Arguments);
        }

        content.Position = 0;
        var stored = await files.SaveAsync(content, verdict.Extension, verdict.ContentType, cancellationToken);
        try
        {
            request.UploadDocument(customer, documentCode, stored.Id);
            await store.SaveAsync(cancellationToken);
            return null;
        }
        catch
        {
            await files.DeleteAsync(stored.Id, CancellationToken.None);
            throw;
        }
    }
}
