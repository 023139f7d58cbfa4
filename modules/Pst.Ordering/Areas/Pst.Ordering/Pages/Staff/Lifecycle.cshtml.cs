using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Pst.Core.Security;
using Pst.Ordering.Lifecycle;

namespace Pst.Ordering.Areas.Pst.Ordering.Pages.Staff;

/// <summary>The request lifecycle drawn from the state machine, with every step, who takes it and on what condition.</summary>
[RequirePermission(OrderingPermissions.Serve)]
internal sealed class LifecycleModel(IStringLocalizer<OrderingModule> text, RequestLifecycleDiagram diagram) : PageModel
{
    public IReadOnlyList<LifecycleArrow> Arrows { get; } = LifecycleDiagram.Arrows();

    public IHtmlContent Diagram { get; private set; } = HtmlString.Empty;

    public void OnGet() => Diagram = new HtmlString(diagram.Svg());

    public string StateName(RequestState state) => diagram.StateName(state);

    public string TriggerName(RequestTrigger trigger) => diagram.TriggerName(trigger);

    public string ActorName(ActorRole role) => text["ActorRole." + role];

    /// <summary>"⏱" where the clock always runs, "(⏱)" where it runs while the office has something to check or a receipt to issue.</summary>
    public string ClockMark(RequestState state) =>
        RequestLifecycle.ClockAlwaysRunsIn(state) ? " ⏱" : RequestLifecycle.ClockMayRunIn(state) ? " (⏱)" : string.Empty;
}
