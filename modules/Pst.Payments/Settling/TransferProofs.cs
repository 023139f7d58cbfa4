using Pst.Core.Files;
using Pst.Core.Kernel;
using Pst.Core.Messaging;
using Pst.Data.Outbox;
using Pst.Ordering.Abstractions;

namespace Pst.Payments.Settling;

/// <summary>
/// A customer abroad uploads the proof of their bank transfer (checked by content like every upload); the treasurer
/// rejects one with a reason, and the customer uploads another. Verifying is <see cref="ConfirmPayment.VerifyTransferAsync"/>.
/// Each proof is mailed to the treasurers, and each rejection to the customer, in the transaction of the step.
/// </summary>
public sealed class TransferProofs(PaymentRecords records, CheckedUpload uploads, IMessages messages, SiteAddress site, TimeProvider clock)
{
    public async Task<UploadRefusal?> UploadAsync(RequestSummary request, RequestActor customer, Stream content, long length, CancellationToken cancellationToken = default)
    {
        if (customer.Role != ActorRole.Customer || customer.UserId != request.CustomerId)
        {
            throw new TransitionRefusedException("You cannot take this step on this request.");
        }

        if (request.State != RequestState.AwaitingPayment || request.Customer?.Domicile != Domicile.Abroad)
        {
            throw new TransitionRefusedException("A proof of transfer is uploaded by a customer abroad while the request waits for payment.");
        }

        // One proof at a time: the treasurer checks the one sent; another may follow if that one is rejected.
        if ((await records.ForAsync(request.Id, cancellationToken)).Proofs.Any(p => p.Status == TransferProofStatus.Pending))
        {
            throw new TransitionRefusedException("The treasurer is checking the proof you sent. You can send another one if it is rejected.");
        }

        var (stored, refusal) = await uploads.StoreAsync(content, length, cancellationToken);
        if (stored is null)
        {
            return refusal;
        }

        var proof = new TransferProof(request.Id, stored.Id, clock.GetUtcNow());
        records.Add(proof);
        try
        {
            await SaveAndMailAsync(request, proof, PaymentNotifications.TransferProofReceived, PaymentNotifications.DeskPage, null, pending: true, cancellationToken);
            return null;
        }
        catch
        {
            await uploads.DiscardAsync(stored);
            throw;
        }
    }

    public async Task RejectAsync(RequestSummary request, RequestActor treasurer, Guid proofId, string? reason, CancellationToken cancellationToken = default)
    {
        PaymentRules.RequireTreasurer(treasurer);
        var proof = (await records.ForAsync(request.Id, cancellationToken)).Proofs.FirstOrDefault(p => p.Id == proofId && p.Status == TransferProofStatus.Pending)
            ?? throw new TransitionRefusedException("There is no proof of transfer waiting for verification.");
        proof.Reject(string.IsNullOrWhiteSpace(reason) ? throw new TransitionRefusedException("Please give a reason.") : reason.Trim());
        await SaveAndMailAsync(request, proof, PaymentNotifications.TransferProofRejected, PaymentNotifications.PaymentPage, proof.RejectionReason, pending: false, cancellationToken);
    }

    /// <summary>
    /// Saves the proof, tells ordering whose turn it is (the service clock runs while the treasurer has a proof to
    /// check) and queues its e-mail (once per proof and event), all together or none.
    /// </summary>
    /// <param name="page">Where the reader acts on it: the payment desk or the customer's payment page.</param>
    private async Task SaveAndMailAsync(RequestSummary request, TransferProof proof, string notification, string page, string? reason, bool pending, CancellationToken cancellationToken)
    {
        await using var transaction = await records.BeginAsync(cancellationToken);
        await records.SaveAsync(cancellationToken);
        await messages.SendAsync(new RecordPaymentCheck(request.Id, pending), cancellationToken);
        var values = new Dictionary<string, object?>
        {
            ["payment"] = PaymentNotifications.PaymentValues(site.Value, page, request.Id),
            ["reason"] = reason,
        };
        await messages.SendAsync(new SendRequestMail(request.Id, $"{notification}/{proof.Id}", notification, values), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }
}
