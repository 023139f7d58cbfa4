using Microsoft.EntityFrameworkCore;
using Pst.Core.Kernel;
using Pst.Core.Messaging;
using Pst.Ordering.Abstractions;
using Pst.Payments.Billings;

namespace Pst.Payments.Settling;

/// <summary>
/// The treasurer confirms a request's payment: a billing SIMPONI reports paid (simulator), a billing whose proof the
/// treasurer records by hand (manual mode: NTPN, NTB, bank, date), or a transfer from abroad whose proof is
/// verified, or cash at the walk-in desk. The request moves on and exactly one payment is recorded, also when two treasurers confirm at once.
/// </summary>
public sealed class ConfirmPayment(IMessages messages, PaymentRecords records, BillingGateways gateways, TimeProvider clock)
{
    /// <param name="entered">Manual mode: the payment as the proof shows it. Ignored by the simulator, which reports it.</param>
    public async Task ConfirmBillingAsync(RequestSummary request, RequestActor treasurer, PaymentProof? entered = null, CancellationToken cancellationToken = default)
    {
        PaymentRules.RequireTreasurer(treasurer);
        await messages.SendAsync(new CheckStep(request.Id, RequestTrigger.ConfirmPayment, treasurer), cancellationToken);
        var billing = (await records.ForAsync(request.Id, cancellationToken)).CurrentBilling
            ?? throw new TransitionRefusedException("This request has no billing code to confirm.");
        var proof = billing.Mode == BillingMode.Simulator
            ? await gateways.Of(billing.Mode).QueryAsync(billing.Code, cancellationToken) is { Status: BillingStatus.Paid, Payment: { } reported }
                ? reported
                : throw new TransitionRefusedException("SIMPONI does not report this billing code as paid yet.")
            : Checked(entered ?? throw new TransitionRefusedException("Enter the NTPN, the bank and the payment date from the proof."));
        billing.MarkPaid();
        await SettleAsync(request, treasurer, new Payment(request.Id, PaymentMethod.BillingCode, new Rupiah(billing.Amount), billing.Code, proof.Ntpn, proof.Ntb, proof.Bank, proof.PaidOn, treasurer.UserId, clock.GetUtcNow()), cancellationToken);
    }

    /// <summary>The treasurer verifies a transfer proof from abroad: the payment is the amount due, paid on the day of the proof.</summary>
    /// <summary>
    /// The treasurer verifies a transfer against the account statement and records what arrived: the amount (in
    /// rupiah, after the banks' charges), the day and the bank's reference. Less than the amount due is refused with
    /// the shortfall, so the treasurer rejects the proof and the customer is asked for the rest.
    /// </summary>
    public const int MaxReferenceLength = 40;

    public async Task VerifyTransferAsync(RequestSummary request, RequestActor treasurer, Guid proofId, TransferReceived? received, CancellationToken cancellationToken = default)
    {
        PaymentRules.RequireTreasurer(treasurer);
        await messages.SendAsync(new CheckStep(request.Id, RequestTrigger.ConfirmPayment, treasurer), cancellationToken);
        var proof = (await records.ForAsync(request.Id, cancellationToken)).Proofs.FirstOrDefault(p => p.Id == proofId && p.Status == TransferProofStatus.Pending)
            ?? throw new TransitionRefusedException("There is no proof of transfer waiting for verification.");
        var now = clock.GetUtcNow();
        if (received is not { Amount: { } amount, ArrivedOn: { } arrivedOn, Reference: { Length: > 0 } reference })
        {
            throw new TransitionRefusedException("Record the amount received, the day it arrived and the bank's reference, as the account statement shows them.");
        }

        if (reference.Trim().Length > MaxReferenceLength)
        {
            throw new TransitionRefusedException("The bank's reference has at most {0} characters.", MaxReferenceLength);
        }

        if (arrivedOn > OfficeTime.DateOf(now))
        {
            throw new TransitionRefusedException("The day the transfer arrived cannot be in the future.");
        }

        var due = PaymentRules.AmountDue(request);
        if (amount.Amount < due.Amount)
        {
            throw new TransitionRefusedException("The transfer brought {0}, {1} less than the amount due ({2}). Reject the proof with the shortfall, so the customer sends the rest.", amount, new Rupiah(due.Amount - amount.Amount), due);
        }

        proof.Verify();
        await SettleAsync(request, treasurer, Payment.Transfer(request.Id, due, amount, reference.Trim(), arrivedOn, treasurer.UserId, now), cancellationToken);
    }

    /// <summary>
    /// The treasurer takes the amount due in cash from a walk-in visitor (at least the amount due: the change is
    /// given back, the payment is the amount due, paid today).
    /// </summary>
    public async Task ReceiveCashAsync(RequestSummary request, RequestActor treasurer, Rupiah received, CancellationToken cancellationToken = default)
    {
        PaymentRules.RequireTreasurer(treasurer);
        await messages.SendAsync(new CheckStep(request.Id, RequestTrigger.ConfirmPayment, treasurer), cancellationToken);
        if (request.Channel != SalesChannel.WalkIn)
        {
            throw new TransitionRefusedException("Cash is taken only from visitors at the office.");
        }

        var due = PaymentRules.AmountDue(request);
        if (received.Amount < due.Amount)
        {
            throw new TransitionRefusedException("The cash received ({0}) is less than the amount due ({1}).", received, due);
        }

        var now = clock.GetUtcNow();
        await SettleAsync(request, treasurer, new Payment(request.Id, PaymentMethod.Cash, due, null, null, null, null, OfficeTime.DateOf(now), treasurer.UserId, now), cancellationToken);
    }

    /// <summary>
    /// Records the payment and tells ordering the request is settled, in one transaction: the payment's unique row
    /// per request keeps a second treasurer's confirmation out.
    /// </summary>
    private async Task SettleAsync(RequestSummary request, RequestActor treasurer, Payment payment, CancellationToken cancellationToken)
    {
        await using var transaction = await records.BeginAsync(cancellationToken);
        records.Add(payment);
        try
        {
            await records.SaveAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // The unique payment of a request: another treasurer confirmed it first.
            records.DiscardChanges();
            throw new TransitionRefusedException("Someone else changed this request at the same time. Open it again and repeat your step.");
        }

        await messages.SendAsync(new RecordPaymentSettled(request.Id, treasurer, payment.Id), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    private PaymentProof Checked(PaymentProof entered)
    {
        var ntpn = SimponiFormats.Ntpn(entered.Ntpn) ?? throw new TransitionRefusedException("The NTPN has 16 letters and digits.");
        if (string.IsNullOrWhiteSpace(entered.Bank))
        {
            throw new TransitionRefusedException("Enter the bank the customer paid through.");
        }

        if (entered.PaidOn > OfficeTime.DateOf(clock.GetUtcNow()))
        {
            throw new TransitionRefusedException("The payment date cannot be in the future.");
        }

        return entered with { Ntpn = ntpn, Bank = entered.Bank.Trim(), Ntb = string.IsNullOrWhiteSpace(entered.Ntb) ? null : entered.Ntb.Trim() };
    }
}

/// <summary>What a verified transfer brought, as the treasurer reads it on the account statement.</summary>
public sealed record TransferReceived(Rupiah? Amount, DateOnly? ArrivedOn, string? Reference);
