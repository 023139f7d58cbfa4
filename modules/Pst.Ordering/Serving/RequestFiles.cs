using Pst.Core.Files;
using Pst.Ordering.Requests;

namespace Pst.Ordering.Serving;

/// <summary>A file of a request, ready to send: its content, type and the name the download carries.</summary>
internal sealed record RequestFile(Stream Content, string ContentType, string DownloadName);

/// <summary>
/// Opens a file that belongs to a request (an uploaded document, the signed agreement's scan, or a file the office issued). An id the request
/// does not hold is not found, so a file is reachable only through a request its viewer may see.
/// </summary>
internal sealed class RequestFiles(IFileStore files)
{
    public async Task<RequestFile?> OpenAsync(Request request, string fileId, CancellationToken cancellationToken = default)
    {
        var name = request.IssuedFiles.FirstOrDefault(f => f.FileId == fileId)?.FileName
            ?? (request.Documents.FirstOrDefault(d => d.FileId == fileId) is { } document ? document.Code + Path.GetExtension(fileId) : null)
            ?? (request.SignedAgreementFileId == fileId ? Core.Products.DocumentCodes.DataUseAgreement + Path.GetExtension(fileId) : null);
        if (name is null || await files.OpenAsync(fileId, cancellationToken) is not { } content)
        {
            return null;
        }

        return new RequestFile(content, StoredFiles.ContentTypeOf(fileId), name);
    }
}
