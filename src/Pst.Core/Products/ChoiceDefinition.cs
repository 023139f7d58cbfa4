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

/// <summary>A choice a customer makes on an order line (format, period, area coverage, variables, …).</summary>
/// <param name="Searchable">Long lists (variables): the page offers a filter over the options' values and labels.</param>
public sealed record ChoiceDefinition(
    string Key,
    string Label,
    ChoiceKind Kind,
    bool Required,
    IReadOnlyList<ChoiceOption> Options,
    long? Min = null,
    long? Max = null,
    bool Searchable = false);
