using System.Globalization;
using System.Security;
using System.Text;

namespace Pst.Ordering.Lifecycle;

/// <summary>One arrow of the lifecycle: from, by, to, under which condition, fired by whom.</summary>
internal sealed record LifecycleArrow(RequestState From, RequestTrigger Trigger, RequestState To, string? Condition, IReadOnlyList<ActorRole> Actors);

/// <summary>
/// The lifecycle as staff see it, read from the state machine itself (so it cannot drift from what the code
/// enforces): the arrows, and an SVG arc diagram with the states in the procedure's order, steps forward on the
/// right and steps back on the left.
/// </summary>
internal static class LifecycleDiagram
{
    private const int BoxWidth = 260;
    private const int BoxHeight = 34;
    private const int Gap = 22;
    private const int Left = 300;

    public static IReadOnlyList<LifecycleArrow> Arrows() =>
        RequestLifecycle.Describe().States
            .SelectMany(state => state.FixedTransitions.Select(t => new LifecycleArrow(
                (RequestState)state.UnderlyingState,
                (RequestTrigger)t.Trigger.UnderlyingTrigger,
                (RequestState)t.DestinationState.UnderlyingState,
                t.GuardConditionsMethodDescriptions.Select(g => g.Description).FirstOrDefault(),
                RequestLifecycle.ActorsOf((RequestTrigger)t.Trigger.UnderlyingTrigger))))
            .OrderBy(a => a.From).ThenBy(a => a.To)
            .ToList();

    /// <param name="stateName">The state's name in the reader's language.</param>
    /// <param name="triggerName">The step's name in the reader's language.</param>
    public static string Svg(Func<RequestState, string> stateName, Func<RequestTrigger, string> triggerName, string title)
    {
        var states = Enum.GetValues<RequestState>();
        var arrows = Arrows();
        var height = states.Length * (BoxHeight + Gap) + Gap;
        var width = Left + BoxWidth + 300;
        double Middle(RequestState s) => Gap + (int)s * (BoxHeight + Gap) + BoxHeight / 2.0;

        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {width} {height}\" width=\"100%\" role=\"img\" aria-labelledby=\"lifecycle-title\" font-family=\"system-ui, sans-serif\" font-size=\"12\">");
        svg.Append("<title id=\"lifecycle-title\">").Append(Escape(title)).Append("</title>");
        svg.Append("<defs><marker id=\"arrow\" viewBox=\"0 0 10 10\" refX=\"9\" refY=\"5\" markerWidth=\"7\" markerHeight=\"7\" orient=\"auto\"><path d=\"M0,0 L10,5 L0,10 z\" fill=\"#004a8f\"/></marker></defs>");

        // One arc per pair of states (steps between the same two states share it): forward steps leave the right
        // side, steps back the left; wider arcs for longer jumps, so that they nest instead of crossing.
        foreach (var (pair, index) in arrows.GroupBy(a => (a.From, a.To)).Select((g, i) => (g, i)))
        {
            var (from, to) = pair.Key;
            var label = string.Join(" / ", pair.Select(a => triggerName(a.Trigger)).Distinct());
            var forward = to > from;
            var span = Math.Abs((int)to - (int)from);
            var x = forward ? Left + BoxWidth : Left;
            var bend = (forward ? 1 : -1) * (30 + span * 14 + index % 3 * 6);
            var (y1, y2) = (Middle(from), Middle(to));
            svg.Append(CultureInfo.InvariantCulture, $"<path d=\"M{x},{y1:0.#} C{x + bend},{y1:0.#} {x + bend},{y2:0.#} {x},{y2:0.#}\" fill=\"none\" stroke=\"#004a8f\" stroke-width=\"1.2\" marker-end=\"url(#arrow)\"><title>{Escape(stateName(from))} → {Escape(label)} → {Escape(stateName(to))}</title></path>");
            var labelX = x + bend * 0.75 + (forward ? 4 : -4);
            // A long arc is labelled near where it starts, so the labels of the arcs that meet at one state stay apart.
            var labelY = span > 2 ? y1 + (forward ? 16 : -8) : (y1 + y2) / 2;
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{labelX:0.#}\" y=\"{labelY:0.#}\" fill=\"#1b1b1b\" font-size=\"10\" text-anchor=\"{(forward ? "start" : "end")}\">{Escape(label)}</text>");
        }

        foreach (var state in states)
        {
            var top = Middle(state) - BoxHeight / 2.0;
            var (fill, dash) = RequestLifecycle.ClockAlwaysRunsIn(state) ? ("#fff4d6", "")
                : RequestLifecycle.ClockMayRunIn(state) ? ("#fffaeb", " stroke-dasharray=\"5 3\"")
                : ("#ffffff", "");
            svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{Left}\" y=\"{top:0.#}\" width=\"{BoxWidth}\" height=\"{BoxHeight}\" rx=\"6\" fill=\"{fill}\" stroke=\"#00305e\"{dash}/>");
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{Left + BoxWidth / 2}\" y=\"{Middle(state) + 4:0.#}\" text-anchor=\"middle\" fill=\"#00305e\">{Escape(stateName(state))}</text>");
        }

        return svg.Append("</svg>").ToString();
    }

    private static string Escape(string text) => SecurityElement.Escape(text);
}
