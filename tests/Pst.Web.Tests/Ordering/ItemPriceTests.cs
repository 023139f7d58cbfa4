using System.Text.RegularExpressions;
using Pst.Web.Tests.Infrastructure;
using static Pst.Web.Tests.Ordering.RequestSteps;

namespace Pst.Web.Tests.Ordering;

/// <summary>
/// The price on a catalogue page is the price of the choices the form shows, and follows them as they change (the
/// form posts them to the page's Price handler); a map is offered in every format at first, since they cost the same.
/// </summary>
public sealed class ItemPriceTests : SiteTestBase<SqliteAppFactory>
{
    private static Task<string> PriceOfAsync(SiteSession visitor, string itemUrl, params (string, string)[] choices) =>
        Forms.PostAsync(visitor.Client, itemUrl + "?handler=Price", choices).ContinueWith(r => TextOfAsync(r.Result)).Unwrap();

    private static string TotalIn(string panel) => Regex.Match(panel, "id=\"total\">([^<]+)<").Groups[1].Value;

    [Fact]
    public async Task A_map_s_price_follows_the_areas_picked_and_every_format_is_picked_at_first()
    {
        using var visitor = new SiteSession(Factory);
        var page = await TextOfAsync(visitor, "/katalog/peta-wks-kabupaten-kota");
        Assert.Equal(4, Regex.Matches(page, "name=\"choice.formats\" id=\"[^\"]+\" value=\"[a-z]+\" checked=\"checked\"").Count);
        Assert.DoesNotContain("name=\"choice.regencies\" id=\"choice-regencies-3301\" value=\"3301\" checked", page, StringComparison.Ordinal);
        Assert.Contains("hx-post=\"/katalog/peta-wks-kabupaten-kota?handler=Price\"", page, StringComparison.Ordinal);
        var panel = Regex.Match(page, "<div id=\"price-panel\".*?</div>", RegexOptions.Singleline).Value;
        Assert.Contains("Pilih yang Anda inginkan: harganya tampil di sini.", panel, StringComparison.Ordinal); // not the price of 35 maps
        Assert.DoesNotContain("id=\"total\"", panel, StringComparison.Ordinal);

        var one = await PriceOfAsync(visitor, "/katalog/peta-wks-kabupaten-kota", ("choice.regencies", "3374"), ("choice.level", "desa"), ("choice.formats", "shp"), ("choice.formats", "pdf"));
        Assert.StartsWith("<div id=\"price-panel\"", one.TrimStart(), StringComparison.Ordinal);
        Assert.Equal("Rp70.000,00", TotalIn(one));
        var two = await PriceOfAsync(visitor, "/katalog/peta-wks-kabupaten-kota", ("choice.regencies", "3374"), ("choice.regencies", "3373"), ("choice.level", "desa"), ("choice.formats", "shp"));
        Assert.Equal("Rp140.000,00", TotalIn(two));
        Assert.Contains("Kabupaten/kota: 2 dari 35", two, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_microdata_estimate_follows_the_variables_picked()
    {
        using var visitor = new SiteSession(Factory);
        const string item = "/katalog/susenas-kor-rt-2025-03";
        (string, string)[] keys = [("choice.coverage", "province"), ("choice.variables", "R101"), ("choice.variables", "R102"), ("choice.variables", "URUT"), ("choice.variables", "FWT")];
        var few = await PriceOfAsync(visitor, item, [.. keys, ("choice.variables", "R1807")]);
        var page = await TextOfAsync(visitor, item);
        var every = Regex.Matches(page, "name=\"choice.variables\" id=\"[^\"]+\" value=\"([A-Z0-9_]+)\"").Select(m => ("choice.variables", m.Groups[1].Value)).Distinct().ToList();
        Assert.Equal(39, every.Count);
        var more = await PriceOfAsync(visitor, item, [("choice.coverage", "province"), .. every]);
        Assert.Contains("id=\"price-estimate\"", few, StringComparison.Ordinal);
        Assert.True(Amount(TotalIn(more)) > Amount(TotalIn(few)), $"{TotalIn(more)} for more variables, {TotalIn(few)} for fewer.");

        // Picks that are no order yet: the panel says what is missing (the kabupaten/kota), not only that the price waits.
        var incomplete = await PriceOfAsync(visitor, item, ("choice.coverage", "regencies"), ("choice.variables", "R1807"));
        Assert.Contains("id=\"price-missing\"", incomplete, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"total\"", incomplete, StringComparison.Ordinal);
    }

    private static long Amount(string rupiah) => long.Parse(rupiah.Replace("Rp", "", StringComparison.Ordinal).Replace(",00", "", StringComparison.Ordinal).Replace(".", "", StringComparison.Ordinal), System.Globalization.CultureInfo.InvariantCulture);
}
