using System.Text;
using Pst.Reports.Exports;
using Pst.Tests.Shared;

namespace Pst.Reports.Tests;

public sealed class ReportCsvTests
{
    [Fact]
    public void A_table_is_written_as_csv_that_reads_back_to_the_same_values()
    {
        var rows = ReportFiles.ReadCsv(ReportCsv.Write(SampleReport.Revenue));

        Assert.Equal(["Jenis tarif", "Uraian", "Jumlah"], rows[0]);
        // Commas, quotes and line breaks survive quoting; numbers are plain digits.
        Assert.Equal(["I.A", "Publikasi elektronik, \"softcopy\", s.d. 50 halaman", "150000"], rows[1]);
        Assert.Equal(["III.C", "Peta WKS digital\nper kabupaten/kota", "1250000"], rows[2]);
        // A text that would start a formula is defused; a negative number stays a number.
        Assert.Equal(["'=SUM(A1)", "'-mulai dengan tanda minus", "-5"], rows[3]);
        Assert.Equal(["Total", "", "1399995"], rows[4]);
        Assert.Equal(5, rows.Count);
    }

    [Fact]
    public void Decimals_are_written_with_a_point_whatever_the_culture()
    {
        var culture = System.Globalization.CultureInfo.CurrentCulture;
        System.Globalization.CultureInfo.CurrentCulture = new System.Globalization.CultureInfo("id-ID");
        try
        {
            var text = Encoding.UTF8.GetString(ReportCsv.Write(SampleReport.Waits));
            Assert.Contains("Loket 1,3,66.67,7.5\r\n", text, StringComparison.Ordinal);
            Assert.Contains("Loket 2,1,100.00,\r\n", text, StringComparison.Ordinal);
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentCulture = culture;
        }
    }
}
