using Microsoft.Extensions.Localization;
using Pst.Ordering.Lifecycle;
using Pst.Ordering.Requests;
using Pst.Ordering.Serving;

namespace Pst.Payments;

/// <summary>Puts the payment page on the request pages once payment is due: instructions for the customer, the payment desk for staff.</summary>
internal sealed class PaymentLinks(IStringLocalizer<PaymentsModule> text) : IRequestLinks
{
    public string ModuleId => PaymentsModule.Id;

    public IReadOnlyList<RequestLink> For(Request request, RequestActor viewer)
    {
        if (request.Timeline.All(t => t.To != RequestState.AwaitingPayment) || request.State == RequestState.Cancelled)
        {
            return [];
        }

        return viewer.Role == ActorRole.Customer
            ? [new RequestLink($"/permintaan/{request.Id}/pembayaran", text["Payment"])]
            : [new RequestLink($"/admin/pembayaran/{request.Id}", text["Payment desk"])];
    }
}
