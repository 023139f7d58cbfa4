namespace Pst.Products.Microdata.Catalogue;

/// <summary>A dataset's data dictionary: its variables in file order, searched by name and label.</summary>
public sealed class DataDictionary(IReadOnlyList<Variable> variables)
{
    public IReadOnlyList<Variable> Variables { get; } = variables.OrderBy(v => v.Position).ToList();

    public bool IsEmpty => Variables.Count == 0;

    public Variable? Find(string name) => Variables.FirstOrDefault(v => string.Equals(v.Name, name, StringComparison.OrdinalIgnoreCase));

    /// <summary>The variables whose name or label holds every word of <paramref name="query"/> (case and accents ignored).</summary>
    public IReadOnlyList<Variable> Search(string? query)
    {
        var words = Fold(query ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length == 0
            ? Variables
            : Variables.Where(v => words.All(w => Fold(v.Name + " " + v.Label).Contains(w, StringComparison.Ordinal))).ToList();
    }

    /// <summary>The variables an extract holds: the picked ones and the ones always included, in file order.</summary>
    public IReadOnlyList<Variable> Selected(IEnumerable<string> picked)
    {
        var names = new HashSet<string>(picked, StringComparer.OrdinalIgnoreCase);
        return Variables.Where(v => v.AlwaysIncluded || names.Contains(v.Name)).ToList();
    }

    private static string Fold(string text)
    {
        var decomposed = text.ToLowerInvariant().Normalize(System.Text.NormalizationForm.FormD);
        return new string(decomposed.Where(c => System.Globalization.CharUnicodeInfo.GetUnicodeCategory(c) != System.Globalization.UnicodeCategory.NonSpacingMark).ToArray());
    }
}
