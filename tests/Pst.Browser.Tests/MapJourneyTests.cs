using Microsoft.Playwright;
using NetTopologySuite.Geometries;
using Pst.Core.Kernel;

namespace Pst.Browser.Tests;

/// <summary>
/// Choosing a digital map in Chromium on the boundaries the default recipe imports: two kabupaten/kota clicked on the
/// map (a click toggles, hovering names the area and its code), a third picked from the list by keyboard alone and
/// coloured on the map, the desa level and the formats, and the request showing one map per kabupaten/kota. The map
/// page and the request pass axe-core.
/// </summary>
public sealed class MapJourneyTests(BrowserSite site) : IClassFixture<BrowserSite>
{
    private const string Item = "Peta Digital Wilayah Kerja Statistik Kabupaten/Kota Provinsi Jawa Tengah";

    [Fact]
    public async Task A_planner_picks_kabupaten_kota_on_the_map_and_by_keyboard_and_orders_them_by_desa()
    {
        BrowserSite.SkipUnlessAvailable();
        await BrowserPeople.CreateAsync(site, "rina.peta@example.org", "Rina Hapsari", "Customer", CustomerSegment.Researcher, "Bappeda Kota Semarang");
        await using var browser = await site.NewVisitorAsync();
        var customer = await BrowserPeople.SignInAsync(browser, "rina.peta@example.org");
        var inside = await InteriorPointsAsync(customer);

        await customer.GotoAsync("/katalog");
        await customer.GetByRole(AriaRole.Link, new() { Name = Item, Exact = true }).ClickAsync();
        var regencies = customer.Locator("#choice-regencies");
        await customer.Locator("path[data-code='3374']").WaitForAsync();
        await Assertions.Expect(customer.Locator("#picker-status-regencies")).ToHaveTextAsync("Belum ada yang dipilih.");

        // Hover names the area; a click picks it, a second click takes it out, a third picks it again.
        await ClickOnMapAsync(customer, inside["3374"], hover: true);
        await Assertions.Expect(customer.Locator(".leaflet-tooltip")).ToContainTextAsync("Kota Semarang (3374)");
        await Assertions.Expect(regencies.GetByLabel("Kota Semarang (3374)")).ToBeCheckedAsync();
        await ClickOnMapAsync(customer, inside["3374"]);
        await Assertions.Expect(regencies.GetByLabel("Kota Semarang (3374)")).Not.ToBeCheckedAsync();
        await ClickOnMapAsync(customer, inside["3374"]);
        await ClickOnMapAsync(customer, inside["3319"]);
        await Assertions.Expect(regencies.GetByLabel("Kabupaten Kudus (3319)")).ToBeCheckedAsync();
        await Assertions.Expect(customer.Locator("#picker-status-regencies")).ToHaveTextAsync("Dipilih: Kabupaten Kudus (3319), Kota Semarang (3374)");

        // By keyboard alone: the list's filter, Tab past the section's "pick all" to the one option left, Space;
        // the map colours it.
        await regencies.GetByLabel("Cari menurut nama atau label").FocusAsync();
        await customer.Keyboard.TypeAsync("salatiga");
        await Assertions.Expect(regencies.GetByLabel("Kota Semarang (3374)")).ToBeHiddenAsync();
        await customer.Keyboard.PressAsync("Tab");
        await Assertions.Expect(regencies.GetByRole(AriaRole.Button, new() { Name = "Pilih semua di bagian ini" })).ToBeFocusedAsync();
        await customer.Keyboard.PressAsync("Tab");
        await Assertions.Expect(regencies.GetByLabel("Kota Salatiga (3373)")).ToBeFocusedAsync();
        await customer.Keyboard.PressAsync("Space");
        await Assertions.Expect(regencies.GetByLabel("Kota Salatiga (3373)")).ToBeCheckedAsync();
        await Assertions.Expect(customer.Locator("path[data-code='3373']")).ToHaveAttributeAsync("fill", "#c2185b");
        await Assertions.Expect(customer.Locator("path[data-code='3322']")).Not.ToHaveAttributeAsync("fill", "#c2185b");

        await customer.GetByLabel("Per desa/kelurahan").CheckAsync();
        foreach (var format in new[] { "Shapefile (zip)", "GeoPackage", "GeoJSON", "Peta PDF (A3)" })
        {
            await customer.Locator("#choice-formats").GetByLabel(format, new() { Exact = true }).CheckAsync();
        }

        await Assertions.Expect(customer.Locator("#total")).ToHaveTextAsync("Rp210.000,00"); // the price follows the choices as they are made
        await PageChecks.CheckAsync(customer, "99-peta-pilihan");
        await customer.GetByRole(AriaRole.Button, new() { Name = "Tambahkan ke permintaan saya" }).ClickAsync();
        var lines = customer.Locator("#request-lines");
        await Assertions.Expect(lines).ToContainTextAsync("Kota Semarang (3374): 177 desa/kelurahan");
        await Assertions.Expect(lines).ToContainTextAsync("Kabupaten Kudus (3319)");
        await Assertions.Expect(lines).ToContainTextAsync("Kota Salatiga (3373): 23 desa/kelurahan");
        await Assertions.Expect(lines).ToContainTextAsync("Rp210.000,00"); // three maps of III.D
        await PageChecks.CheckAsync(customer, "100-peta-permintaan");
    }

    [Fact]
    public async Task The_whole_province_is_picked_at_once_and_priced_as_its_35_kabupaten_kota_maps()
    {
        BrowserSite.SkipUnlessAvailable();
        await BrowserPeople.CreateAsync(site, "bappeda.peta@example.org", "Agus Prasetyo", "Customer", CustomerSegment.Government, "Bappeda Provinsi Jawa Tengah");
        await using var browser = await site.NewVisitorAsync();
        var customer = await BrowserPeople.SignInAsync(browser, "bappeda.peta@example.org");
        await customer.GotoAsync("/katalog");
        await customer.GetByRole(AriaRole.Link, new() { Name = Item, Exact = true }).ClickAsync();
        await customer.Locator("path[data-code='3374']").WaitForAsync();

        // The section of the province picks all its kabupaten/kota, by keyboard, and the map follows.
        var pickAll = customer.Locator("#choice-regencies").GetByRole(AriaRole.Button, new() { Name = "Pilih semua di bagian ini" });
        await pickAll.FocusAsync();
        await customer.Keyboard.PressAsync("Enter");
        await Assertions.Expect(customer.Locator("#choice-regencies input[type=checkbox]:checked")).ToHaveCountAsync(35);
        await Assertions.Expect(customer.Locator("path[data-code][fill='#c2185b']")).ToHaveCountAsync(35);

        await customer.GetByLabel("Per kecamatan").CheckAsync();
        await customer.Locator("#choice-formats").GetByLabel("GeoPackage", new() { Exact = true }).CheckAsync();
        await Assertions.Expect(customer.Locator("#total")).ToHaveTextAsync("Rp1.050.000,00");
        await customer.GetByRole(AriaRole.Button, new() { Name = "Tambahkan ke permintaan saya" }).ClickAsync();
        var lines = customer.Locator("#request-lines");
        await Assertions.Expect(lines).ToContainTextAsync("Kabupaten Cilacap (3301): 24 kecamatan");
        await Assertions.Expect(lines).ToContainTextAsync("Kota Tegal (3376): 4 kecamatan");
        await Assertions.Expect(lines).ToContainTextAsync("Rp1.050.000,00"); // 35 maps of III.C
    }

    /// <summary>A point inside each kabupaten/kota, from the same boundaries the page draws.</summary>
    private static async Task<Dictionary<string, Point>> InteriorPointsAsync(IPage page)
    {
        var response = await page.APIRequest.GetAsync("/peta/batas/kabupaten-kota.geojson");
        return MapFiles.GeoJson(await response.BodyAsync()).ToDictionary(f => f.Fields["code"]!, f => f.Geometry.InteriorPoint);
    }

    /// <summary>Moves the mouse to a longitude/latitude on the map (as Leaflet places it) and clicks there.</summary>
    private static async Task ClickOnMapAsync(IPage page, Point place, bool hover = false)
    {
        await page.Locator(".choice-picker-canvas").ScrollIntoViewIfNeededAsync();
        var at = await page.EvaluateAsync<double[]>(
            "([lat, lng]) => { const map = document.querySelector('.choice-picker').leafletMap; const p = map.latLngToContainerPoint([lat, lng]); const box = map.getContainer().getBoundingClientRect(); return [box.left + p.x, box.top + p.y]; }",
            new[] { place.Y, place.X });
        await page.Mouse.MoveAsync((float)at[0], (float)at[1]);
        if (hover)
        {
            await page.Locator(".leaflet-tooltip").WaitForAsync();
        }

        await page.Mouse.ClickAsync((float)at[0], (float)at[1]);
    }
}
