using Microsoft.Extensions.Localization;
using Pst.Core.Kernel;
using Pst.Core.Settings;
using Pst.Ordering.Abstractions;

namespace Pst.Payments.Settling;

/// <summary>
/// A customer abroad pays by bank transfer to the office's account: until the office has published one (setting
/// <c>payments.transferAccount</c>), such a request is not moved to "waiting for payment", where the customer would
/// find nowhere to pay. The officer is told why and what to do.
/// </summary>
internal sealed class TransferAccountRequired(ISiteSettings settings, IStringLocalizer<PaymentsModule> text) : IRequestStepCondition
{
    public async Task CheckAsync(RequestSummary request, RequestTrigger step, CancellationToken cancellationToken)
    {
        if (request is { Channel: SalesChannel.Online, Customer.Domicile: Domicile.Abroad, NothingToPay: false, Timeline: [.., { To: RequestState.AwaitingPayment } last] }
            && last.Trigger == step
            && (await PaymentSettings.LoadAsync(settings, cancellationToken)).TransferAccount is null)
        {
            throw new TransitionRefusedException(text["The office has not published its account for transfers from abroad, so this customer could not pay. Ask an administrator to set it in the payment settings, then take this step again."].Value);
        }
    }
}
