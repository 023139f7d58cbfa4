using Pst.Core.Files;
using Pst.Core.Products;
using Pst.Core.Settings;
using Pst.Ordering.Lifecycle;
using Pst.Ordering.Offers;
using Pst.Ordering.Persistence;
using Pst.Ordering.Requests;
using Pst.Documents;

namespace Pst.Ordering.Abstracts;

/// <summary>
/// The customer writes the data-use abstract on its form: the answers are checked, made into the PDF attached to the
/// request as the abstract document, and kept for the officer to compare with the data asked. A refused abstract
/// leaves the request and the file store as they were.
/// </summary>
internal sealed class WriteDataUseAbstract(RequestStore store, IFileStore files, ISiteSettings settings, TimeProvider clock)
{
    /// <summary>The faults of the answers (nothing is saved then), or none when written.</summary>
    /// <exception cref="TransitionRefusedException">The request does not take documents now, or needs no abstract.</exception>
    public async Task<IReadOnlyList<(string Field, string Message, object[] Arguments)>> WriteAsync(
        Request request, RequestActor customer, CustomerDetails author, DataUseAbstract answers, CancellationToken cancellationToken = default)
    {
        if (request.Documents.All(d => d.Code != DocumentCodes.DataUseAbstract))
        {
            throw new TransitionRefusedException("This request needs no data-use abstract.");
        }

        var content = answers.Normalised();
        if (content.Validate() is { Count: > 0 } faults)
        {
            return faults;
        }

        var letterhead = OfficeLetterhead.From(await OfficeSettings.LoadAsync(settings, cancellationToken));
        var pdf = DataUseAbstractDocument.Compose(
            content,
            new AbstractAuthor(author.Name, author.Institution, author.Email, request.Number ?? "draf (nomor diberikan saat permintaan dikirim)", clock.GetUtcNow()),
            letterhead);
        var stored = await files.SaveAsync(new MemoryStream(pdf), ".pdf", "application/pdf", cancellationToken);
        try
        {
            // Refuses (nothing changed) when the request does not take documents now; the PDF is then removed.
            request.WriteDocument(customer, DocumentCodes.DataUseAbstract, stored.Id, content.ToJson());
            await store.SaveAsync(cancellationToken);
            return [];
        }
        catch
        {
            store.DiscardChanges();
            await files.DeleteAsync(stored.Id, CancellationToken.None);
            throw;
        }
    }
}
