using Microsoft.Extensions.Localization;
using Pst.Ordering.Serving;

namespace Pst.Ordering.Contract;

internal sealed class OrderingText(IStringLocalizer<OrderingModule> text) : IOrderingText
{
    public string StateName(RequestState state) => text["RequestState." + state];

    public string? Refusal(TransitionRefusedException refused) =>
        text[refused.MessageKey].ResourceNotFound ? null : RefusalText.Of(text, refused);
}
