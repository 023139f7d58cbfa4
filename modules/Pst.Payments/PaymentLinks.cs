using Microsoft.Extensions.Localization;
using Pst.Ordering.Abstractions;

namespace Pst.Payments;

/// <summary>Puts the payment page on the request pages once payment is due: instructions for the customer, the payment desk for staff.</summary>
internal sealed class PaymentLinks(IStringLocalizer<PaymentsModule> text) : IRequestLinks
{
    public string ModuleId => PaymentsModule.Id;

    public IReadOnlyList<RequestLink> For(RequestSummary request, RequestActor viewer)
    {
        if (!request.ReachedPayment || request.State == RequestState.Cancelled)
        {
            return [];
        }

        return viewer.Role == ActorRole.Customer
            ? [new RequestLink($"/permintaan/{request.Id}/pembayaran", text["Payment"])]
            : [new RequestLink($"/admin/pembayaran/{request.Id}", text["Payment desk"])];
    }
}
