namespace Pst.Core.Products;

/// <summary>Checks picked values against the shape of the choices: required, known options, number range, no stray keys.</summary>
public static class ChoiceValidator
{
    public static IReadOnlyList<LineValidationError> Validate(IReadOnlyList<ChoiceDefinition> definitions, LineChoices choices)
    {
        var errors = new List<LineValidationError>();
        foreach (var key in choices.Values.Keys.Where(k => definitions.All(d => d.Key != k)))
        {
            errors.Add(new LineValidationError(key, "'{0}' is not a choice of this product.", key));
        }

        foreach (var definition in definitions)
        {
            var picked = choices.Many(definition.Key).Where(v => !string.IsNullOrWhiteSpace(v)).ToList();
            if (picked.Count == 0)
            {
                if (definition.Required)
                {
                    errors.Add(new LineValidationError(definition.Key, "Choose {0}.", definition.Label));
                }

                continue;
            }

            switch (definition.Kind)
            {
                case ChoiceKind.Single when picked.Count > 1:
                    errors.Add(new LineValidationError(definition.Key, "Choose only one {0}.", definition.Label));
                    break;
                case ChoiceKind.Number:
                    ValidateNumber(definition, picked, errors);
                    continue;
            }

            foreach (var value in picked.Where(v => definition.Options.All(o => o.Value != v)))
            {
                errors.Add(new LineValidationError(definition.Key, "'{0}' is not an option of {1}.", value, definition.Label));
            }

            foreach (var missing in definition.Options.Where(o => o.Fixed && !picked.Contains(o.Value)))
            {
                errors.Add(new LineValidationError(definition.Key, "'{0}' is always part of {1}.", missing.Value, definition.Label));
            }
        }

        return errors;
    }

    private static void ValidateNumber(ChoiceDefinition definition, List<string> picked, List<LineValidationError> errors)
    {
        if (picked.Count != 1 || !long.TryParse(picked[0], System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var n))
        {
            errors.Add(new LineValidationError(definition.Key, "{0} must be a whole number.", definition.Label));
            return;
        }

        if (n < (definition.Min ?? long.MinValue) || n > (definition.Max ?? long.MaxValue))
        {
            errors.Add(new LineValidationError(definition.Key, "{0} must be between {1} and {2}.", definition.Label, definition.Min ?? 0, definition.Max ?? long.MaxValue));
        }
    }
}
