namespace Pst.Core.Products;

public enum ChoiceKind
{
    /// <summary>Exactly one of the options.</summary>
    Single,

    /// <summary>One or more of the options.</summary>
    Multiple,

    /// <summary>A whole number between <see cref="ChoiceDefinition.Min"/> and <see cref="ChoiceDefinition.Max"/>.</summary>
    Number,
}

/// <summary>An option of a choice; <paramref name="Label"/> is a localisation key or a catalogue text.</summary>
/// <param name="Group">The heading the option is listed under (a questionnaire section), or null.</param>
/// <param name="Fixed">Always part of a multiple choice (a dataset's identifying and weight variables): shown picked, not to be removed.</param>
public sealed record ChoiceOption(string Value, string Label, string? Group = null, bool Fixed = false);

/// <summary>
/// A type's own way of making a choice beside the list of its options (a map whose areas are clicked to pick them).
/// The list stays the choice itself, for keyboard and screen-reader users and without script; the picker's script
/// finds it by the choice's key, draws what <paramref name="DataUrl"/> serves and keeps the two in step.
/// </summary>
/// <param name="Kind">Names the picker for its script (<c>map</c>).</param>
/// <param name="Hint">Localisation key of the type: how to use the picker, shown above it.</param>
public sealed record ChoicePicker(string Kind, string DataUrl, IReadOnlyList<string> Scripts, IReadOnlyList<string> Styles, string Hint);

/// <summary>A choice a customer makes on an order line (format, period, area coverage, variables, …).</summary>
/// <param name="Searchable">Long lists (variables): the page offers a filter over the options' values and labels.</param>
/// <param name="Picker">A picker the page shows beside the options, or null.</param>
/// <param name="AllByDefault">Every option is picked at first: they cost the same (a map's formats).</param>
/// <param name="Delivery">
/// How the data come (a file format), not which data: a product correction may change it on a request under a
/// signed data-use agreement, where a choice of data may only narrow to what the agreement names.
/// </param>
public sealed record ChoiceDefinition(
    string Key,
    string Label,
    ChoiceKind Kind,
    bool Required,
    IReadOnlyList<ChoiceOption> Options,
    long? Min = null,
    long? Max = null,
    bool Searchable = false,
    ChoicePicker? Picker = null,
    bool AllByDefault = false,
    bool Delivery = false)
{
    /// <summary>
    /// What the form shows picked at first, and what the first price is for: the first option of a single choice;
    /// of a multiple one every option when they all cost the same (<c>AllByDefault</c>: formats, the customer
    /// unticks what they do not want), else its fixed options, or its first when required (a list made on a picker
    /// starts empty).
    /// </summary>
    public IReadOnlyList<string> Defaults() => Kind switch
    {
        ChoiceKind.Single => Options.Take(1).Select(o => o.Value).ToList(),
        ChoiceKind.Multiple when AllByDefault => Options.Select(o => o.Value).ToList(),
        ChoiceKind.Multiple when Options.Any(o => o.Fixed) => Options.Where(o => o.Fixed).Select(o => o.Value).ToList(),
        ChoiceKind.Multiple when Required && Picker is null => Options.Take(1).Select(o => o.Value).ToList(),
        _ => [],
    };
}
