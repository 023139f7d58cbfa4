using Pst.Products.Microdata.Catalogue;

namespace Pst.Products.Microdata.Extraction;

/// <summary>
/// What an extract holds: the records of the chosen kabupaten/kota (4-digit codes; null for the whole province)
/// and the chosen variables with the ones always included, in file order.
/// </summary>
public sealed record DatasetSelection(IReadOnlySet<string>? Regencies, IReadOnlyList<Variable> Variables, string ProvinceVariable, string RegencyVariable)
{
    public bool WholeProvince => Regencies is null;

    /// <summary>The 4-digit kabupaten/kota code of a record: the province code and the regency's two digits.</summary>
    public static string RegencyCode(string province, string regency) =>
        province.Trim() + regency.Trim().PadLeft(2, '0');
}
