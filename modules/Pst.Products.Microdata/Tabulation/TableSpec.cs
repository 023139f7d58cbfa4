using Pst.Products.Microdata.Catalogue;
using Pst.Products.Microdata.Extraction;

namespace Pst.Products.Microdata.Tabulation;

/// <summary>
/// One table of processed data (tariff II.B): the weighted count of a dataset's records (households) by the
/// categories of a row variable, and of a column variable when one is chosen, over the chosen area.
/// </summary>
public sealed record TableSpec(Variable Rows, Variable? Columns, Variable Weight, IReadOnlySet<string>? Regencies, string ProvinceVariable, string RegencyVariable)
{
    /// <summary>What the table reads of each record: the row value, the column value (when chosen), the weight.</summary>
    public DatasetSelection Selection => new(Regencies, Columns is null ? [Rows, Weight] : [Rows, Columns, Weight], ProvinceVariable, RegencyVariable);

    /// <summary>A variable can be tabulated when its values are categories with labels (not a weight or an identifier).</summary>
    public static bool Tabulates(Variable variable) =>
        variable.ValueLabels.Count is > 1 and <= 200 && variable.Role is VariableRole.Regular or VariableRole.Area;
}
