using Pst.Core.Files;
using Pst.Ordering.Lifecycle;
using Pst.Ordering.Persistence;
using Pst.Ordering.Requests;

namespace Pst.Ordering.Drafting;

/// <summary>
/// The customer uploads a required document: checked by its content (PDF, JPEG, PNG; size limit), stored through
/// the file store under a name of the store's making, then recorded on the request. A refused upload leaves the
/// request and the file store as they were.
/// </summary>
internal sealed class UploadRequirement(RequestStore store, CheckedUpload uploads, IFileStore files, FileStoreOptions options, Notifications.RequestNotifier notifier, TimeProvider clock)
{
    /// <summary>Null when stored; a refusal otherwise. Throws <see cref="TransitionRefusedException"/> when the request does not take uploads now.</summary>
    /// <param name="content">A seekable stream (an uploaded form file is buffered, so it is).</param>
    public Task<UploadRefusal?> UploadAsync(Request request, RequestActor customer, string documentCode, Stream content, long length, CancellationToken cancellationToken = default) =>
        StoreAndAttachAsync(
            request,
            documentCode,
            fileId =>
            {
                request.UploadDocument(customer, documentCode, fileId);
                return Task.CompletedTask;
            },
            content,
            length,
            cancellationToken);

    /// <summary>The scan of the signed data-use agreement, sent between the offer and its receipt; checked and stored as a document is.</summary>
    /// <remarks>Sent online, the officers are mailed to check it (in the same unit of work); at the desk the officer has it in hand.</remarks>
    public Task<UploadRefusal?> UploadSignedAgreementAsync(Request request, RequestActor customer, Stream content, long length, CancellationToken cancellationToken = default) =>
        StoreAndAttachAsync(
            request,
            Request.SignedAgreementCode,
            async fileId =>
            {
                request.UploadSignedAgreement(customer, fileId, clock.GetUtcNow());
                if (customer.Role == ActorRole.Customer)
                {
                    await notifier.NotifyAsync(Notifications.OrderingNotifications.SignedAgreementReceived, request, new Dictionary<string, object?>(), cancellationToken);
                }
            },
            content,
            length,
            cancellationToken);

    /// <param name="replacing">The document (or the signed agreement) the upload takes the place of: its old file no longer counts.</param>
    private async Task<UploadRefusal?> StoreAndAttachAsync(Request request, string replacing, Func<string, Task> attach, Stream content, long length, CancellationToken cancellationToken)
    {
        if (await OverQuotaAsync(request, replacing, length, cancellationToken) is { } full)
        {
            return full;
        }

        var (stored, refusal) = await uploads.StoreAsync(content, length, cancellationToken);
        if (stored is null)
        {
            return refusal;
        }

        try
        {
            await attach(stored.Id);
            await store.SaveAsync(cancellationToken);
            return null;
        }
        catch
        {
            await uploads.DiscardAsync(stored);
            throw;
        }
    }

    /// <summary>Refuses an upload that would take the request past the bytes one request may hold.</summary>
    private async Task<UploadRefusal?> OverQuotaAsync(Request request, string replacing, long length, CancellationToken cancellationToken)
    {
        long held = 0;
        foreach (var fileId in request.HeldUploads(replacing))
        {
            held += await files.LengthAsync(fileId, cancellationToken) ?? 0;
        }

        return held + length > options.MaxRequestUploadBytes
            ? new UploadRefusal(
                "This request already holds {0} MB of files; with this one it would hold more than the {1} MB a request may. Upload a smaller file, or ask the office.",
                Math.Round(held / 1_048_576m, 1),
                Math.Round(options.MaxRequestUploadBytes / 1_048_576m, 1))
            : null;
    }
}
