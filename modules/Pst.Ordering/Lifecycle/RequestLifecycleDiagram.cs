using Microsoft.Extensions.Localization;
using Pst.Core.Content;

namespace Pst.Ordering.Lifecycle;

/// <summary>The lifecycle drawing in the reader's language, for the staff lifecycle page and the public service standard.</summary>
internal sealed class RequestLifecycleDiagram(IStringLocalizer<OrderingModule> text) : IProcedureDiagram
{
    public string Svg() => LifecycleDiagram.Svg(StateName, TriggerName, text["The lifecycle of a request"]);

    public string StateName(RequestState state) => text["RequestState." + state];

    public string TriggerName(RequestTrigger trigger) => text["RequestTrigger." + trigger];
}
