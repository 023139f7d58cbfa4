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
public sealed record ChoiceOption(string Value, string Label);

/// <summary>A choice a customer makes on an order line (format, period, area coverage, variables, …).</summary>
public sealed record ChoiceDefinition(
    string Key,
    string Label,
    ChoiceKind Kind,
    bool Required,
    IReadOnlyList<ChoiceOption> Options,
    long? Min = null,
    long? Max = null);
