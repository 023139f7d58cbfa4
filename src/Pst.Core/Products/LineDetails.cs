namespace Pst.Core.Products;

/// <summary>
/// One thing a line's product is, as request pages and the data-use agreement name it ("Variables: R101, R102 …").
/// <paramref name="Label"/> and each of <paramref name="Values"/> pass through the type's texts, so they may be
/// localisation keys or catalogue texts (a key the texts lack is shown as it is).
/// </summary>
/// <param name="Names">
/// Whether the detail tells this line apart from another line of the same product (the areas of a map, a format), so
/// it goes into the line's name on the invoice and beside its files.
/// </param>
public sealed record LineDetail(string Label, IReadOnlyList<string> Values, bool Names = false);

/// <summary>The default description of a line: each choice made, by the labels of the options picked.</summary>
public static class LineDetails
{
    public static IReadOnlyList<LineDetail> FromChoices(IReadOnlyList<ChoiceDefinition> definitions, LineChoices choices) =>
        definitions
            .Select(d => new LineDetail(d.Label, PickedLabels(d, choices.Many(d.Key)), Names: true))
            .Where(d => d.Values.Count > 0)
            .ToList();

    private static IReadOnlyList<string> PickedLabels(ChoiceDefinition definition, IReadOnlyList<string> picked)
    {
        if (definition.Kind == ChoiceKind.Number)
        {
            return picked;
        }

        var labels = definition.Options.ToDictionary(o => o.Value, o => o.Label, StringComparer.Ordinal);
        return picked.Select(v => labels.GetValueOrDefault(v, v)).ToList();
    }
}
