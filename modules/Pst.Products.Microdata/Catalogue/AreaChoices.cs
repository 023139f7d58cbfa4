using Pst.Core.Products;

namespace Pst.Products.Microdata.Catalogue;

/// <summary>
/// The area a microdata product covers, chosen the same way for an extract and for a table: the whole province, or
/// chosen kabupaten/kota (their 4-digit codes, as the data file's province and regency variables make them).
/// </summary>
public static class AreaChoices
{
    public const string Coverage = "coverage";
    public const string Regencies = "regencies";
    public const string WholeProvince = "province";
    public const string SelectedRegencies = "regencies";

    public static IReadOnlyList<ChoiceDefinition> Describe(DataDictionary dictionary, DatasetFacts facts)
    {
        var regencies = dictionary.Find(facts.RegencyVariable)?.ValueLabels ?? new Dictionary<string, string>();
        var province = dictionary.Find(facts.ProvinceVariable)?.ValueLabels.Keys.FirstOrDefault() ?? "";
        return
        [
            new(Coverage, "Area coverage", ChoiceKind.Single, true,
                [new(WholeProvince, "The whole province"), new(SelectedRegencies, "Selected kabupaten/kota")]),
            new(Regencies, "Kabupaten/kota", ChoiceKind.Multiple, false,
                regencies.Select(r => new ChoiceOption(province + r.Key, $"{province}{r.Key} {r.Value}")).ToList(), Searchable: true),
        ];
    }

    /// <summary>Kabupaten/kota are chosen exactly when the coverage says so.</summary>
    public static IEnumerable<LineValidationError> Validate(LineChoices choices)
    {
        var regencies = choices.Many(Regencies);
        if (choices.Single(Coverage) == SelectedRegencies && regencies.Count == 0)
        {
            yield return new LineValidationError(Regencies, "Choose at least one kabupaten/kota, or the whole province.");
        }
        else if (choices.Single(Coverage) == WholeProvince && regencies.Count > 0)
        {
            yield return new LineValidationError(Regencies, "Kabupaten/kota are chosen only with the coverage 'Selected kabupaten/kota'.");
        }
    }

    /// <summary>The chosen kabupaten/kota, or null for the whole province (and for a line without choices: the full set).</summary>
    public static IReadOnlySet<string>? Selected(LineChoices choices) =>
        choices.Single(Coverage) == SelectedRegencies ? choices.Many(Regencies).ToHashSet(StringComparer.Ordinal) : null;

    /// <summary>The labels of the chosen kabupaten/kota, as the line's description names them.</summary>
    public static IReadOnlyList<string> SelectedLabels(DataDictionary dictionary, DatasetFacts facts, LineChoices choices) =>
        LineDetails.FromChoices([Describe(dictionary, facts)[1]], choices).SingleOrDefault()?.Values ?? [];
}
