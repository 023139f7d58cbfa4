using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Pst.Core.Kernel;
using Pst.Core.Products;
using Pst.Web.Tests.Infrastructure;

namespace Pst.Web.Tests.Content;

/// <summary>
/// The service standard the default recipe publishes: every requirement and step of both channels of the unit's
/// standard (docs/sources), the tariffs of the schedule in force (following a change at once), the complaint
/// channels, and its English translation.
/// </summary>
public abstract partial class ServiceStandardPageTests<TFactory> : ContentTestBase<TFactory>
    where TFactory : PstAppFactory, new()
{
    /// <summary>
    /// Evident slips in the given text, corrected on the page (docs/decisions.md lists them): the garbled office
    /// address, "kutipan" for the receipt (kuitansi), a product "dilihat" for requested, doubled words.
    /// </summary>
    private static readonly (string Given, string OnPage)[] Corrections =
    [
        ("Penerimaan No. 6, Kot. Prabura Kec. Semarang Selatan Kota Semarang", "Jl. Pahlawan No. 6, Kel. Pleburan, Kec. Semarang Selatan, Kota Semarang"),
        ("kutipan", "kuitansi"),
        ("produk statistik yang dilihat pengguna layanan", "produk statistik yang diminta pengguna layanan"),
        ("mengunduh/unduh dan produk statistik", "mengunduh produk statistik"),
        ("mengunggah/upload dokumen", "mengunggah (upload) dokumen"),
        ("diunggah/upload dengan", "diunggah dengan"),
        ("dan/atau, menyerahkan", "dan/atau menyerahkan"),
        ("(publikasi data mikro", "(publikasi, data mikro"),
    ];

    [Fact]
    public async Task Every_requirement_and_step_of_both_channels_is_on_the_page_in_order()
    {
        using var visitor = Visitor();
        var page = Decoded(await visitor.GetStringAsync("/halaman/standar-pelayanan"));
        var standard = await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "sources", "standar-pelayanan-penjualan-produk-statistik.txt"));

        foreach (var (part, heading, next) in new[]
                 {
                     ("requirements", "Persyaratan Pengguna Layanan", "Jangka Waktu Pelayanan"),
                     ("procedure", "Prosedur", "Penanganan Pengaduan"),
                 })
        {
            var block = Between(standard, "\n" + heading + "\n", "\n" + next + "\n");
            var walkIn = Steps(Between(block, "KUNJUNGAN LANGSUNG", "ONLINE"));
            var online = Steps(block[(block.IndexOf("ONLINE", StringComparison.Ordinal) + 6)..]);
            Assert.True(walkIn.Count >= 6 && online.Count >= 5, $"The standard's {heading} was not read.");
            AssertInOrder(Section(page, part + "-walkIn"), walkIn);
            AssertInOrder(Section(page, part + "-online"), online);
        }

        Assert.Contains("maksimal 10 (sepuluh) menit", Section(page, "timeLimit-walkIn"), StringComparison.Ordinal);
        Assert.Contains("maksimal 10 (sepuluh) hari kerja", Section(page, "timeLimit-online"), StringComparison.Ordinal);
        Assert.Contains("Peraturan Pemerintah Nomor 7 Tahun 2015", Section(page, "cost-walkIn"), StringComparison.Ordinal);
        foreach (var channel in new[] { "s.bps.go.id/pengaduanjateng", "jateng@bps.go.id", "0815-6770-1212", "@bpsprovjateng", "www.lapor.go.id" })
        {
            Assert.Contains(channel, page, StringComparison.Ordinal);
        }

        Assert.Contains("Undang-Undang Nomor 25 Tahun 2009 tentang Pelayanan Publik", page, StringComparison.Ordinal);
        Assert.Contains("id=\"lifecycle-diagram\"", page, StringComparison.Ordinal);
        Assert.Contains("<svg", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_edit_of_one_part_shows_in_the_history_under_the_part_s_name_with_its_context()
    {
        using var editor = await EditorAsync();
        var list = await editor.Client.GetStringAsync("/admin/halaman");
        var id = Guid.Parse(Regex.Match(list, "href=\"/admin/halaman/([0-9a-f-]{36})\">[^<]*</a>(?:(?!</tr>).)*?/halaman/standar-pelayanan<", RegexOptions.Singleline).Groups[1].Value);
        var form = await editor.Client.GetStringAsync($"/admin/halaman/{id}");
        var fields = Regex.Matches(form, "<input[^>]*name=\"(Form\\.[^\"]+)\"[^>]*value=\"([^\"]*)\"").Select(m => (m.Groups[1].Value, WebUtility.HtmlDecode(m.Groups[2].Value)))
            .Concat(Regex.Matches(form, "<textarea[^>]*name=\"(Form\\.[^\"]+)\"[^>]*>([^<]*)</textarea>").Select(m => (m.Groups[1].Value, WebUtility.HtmlDecode(m.Groups[2].Value))))
            .Where(f => f.Item1 != "Form.Sections[procedure.diagram]")
            .Append(("Form.Sections[procedure.diagram]", "true"))
            .ToList();
        var procedure = fields.Single(f => f.Item1 == "Form.Sections[procedure.walkIn]").Item2;
        var lines = procedure.ReplaceLineEndings("\n").Split('\n');
        Assert.True(lines.Length > 8, "The walk-in procedure has its steps.");
        var changedLine = lines[5];
        lines[5] = changedLine + " (diperbarui)";
        fields = [.. fields.Select(f => f.Item1 == "Form.Sections[procedure.walkIn]" ? (f.Item1, string.Join("\n", lines)) : f)];
        Assert.Equal(HttpStatusCode.Redirect, (await Forms.PostAsync(editor.Client, $"/admin/halaman/{id}", [.. fields])).StatusCode);

        var history = Decoded(await editor.Client.GetStringAsync($"/admin/halaman/{id}/riwayat"));
        var diff = history[history.IndexOf("id=\"diff\"", StringComparison.Ordinal)..];
        Assert.Equal(["Prosedur — Kunjungan langsung"], Regex.Matches(diff, "<h3 class=\"h6 mt-3 diff-part\">([^<]+)</h3>").Select(m => m.Groups[1].Value));
        Assert.Contains(changedLine + " (diperbarui)</ins>", diff, StringComparison.Ordinal);
        Assert.Contains(lines[4] + "</div>", diff, StringComparison.Ordinal); // a line of context before
        Assert.Contains("baris tidak berubah", diff, StringComparison.Ordinal);
        Assert.DoesNotContain("<!--", diff, StringComparison.Ordinal);
        Assert.DoesNotContain(lines[0] + "</div>", diff, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_tariff_section_is_the_schedule_in_force_and_follows_a_change_at_once()
    {
        using var visitor = Visitor();
        var before = Decoded(await visitor.GetStringAsync("/halaman/standar-pelayanan"));
        var schedule = await Factory.Services.InScopeAsync(async sp => (await sp.GetRequiredService<ITariffStore>().LoadAsync()).InForceOn(OfficeTime.DateOf(Factory.Clock.GetUtcNow())));
        Assert.Contains($"Tarif yang berlaku: {schedule.Regulation}", before, StringComparison.Ordinal);
        foreach (var item in schedule.Items)
        {
            Assert.Contains(item.Description.Indonesian, before, StringComparison.Ordinal);
        }

        // The administrator changes one amount: the cached page shows the new amount on the next visit.
        var changed = schedule with { Items = [schedule.Items[0] with { Amount = new Rupiah(123_456) }, .. schedule.Items.Skip(1)] };
        await Factory.Services.InScopeAsync(sp => sp.GetRequiredService<ITariffStore>().SetAsync(changed));
        var after = Decoded(await visitor.GetStringAsync("/halaman/standar-pelayanan"));
        Assert.Matches($"<td class=\"font-monospace\">{Regex.Escape(schedule.Items[0].Code)}</td>\\s*<td>[^<]*</td>\\s*<td>[^<]*</td>\\s*<td class=\"text-end\">Rp123\\.456,00</td>", after);
        Assert.DoesNotContain("Rp123.456,00", before, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_reader_in_English_gets_the_translation_and_can_switch_back()
    {
        using var visitor = Visitor();
        visitor.DefaultRequestHeaders.Add("Cookie", ".AspNetCore.Culture=c%3Den%7Cuic%3Den");
        var redirect = await visitor.GetAsync("/halaman/standar-pelayanan");
        Assert.Equal(HttpStatusCode.Redirect, redirect.StatusCode);
        Assert.Equal("/halaman/service-standard", redirect.Headers.Location!.OriginalString);

        var english = Decoded(await visitor.GetStringAsync("/halaman/service-standard"));
        Assert.Contains("<article class=\"content-page\" lang=\"en\"", english, StringComparison.Ordinal);
        Assert.Contains("Visit in person", english, StringComparison.Ordinal);
        Assert.Contains("The customer takes a queue number", english, StringComparison.Ordinal);
        Assert.Contains("href=\"/bahasa/id?returnUrl=%2Fhalaman%2Fstandar-pelayanan\"", english, StringComparison.Ordinal);
        Assert.Contains("<meta name=\"description\" content=\"Requirements, procedure", english, StringComparison.Ordinal);
    }

    [Fact]
    public async Task In_English_tariff_items_and_complaint_channels_are_named_in_English_and_amounts_use_English_separators()
    {
        using var visitor = Visitor();
        visitor.DefaultRequestHeaders.Add("Cookie", ".AspNetCore.Culture=c%3Den%7Cuic%3Den");
        var english = Decoded(await visitor.GetStringAsync("/halaman/service-standard"));
        var schedule = await Factory.Services.InScopeAsync(async sp => (await sp.GetRequiredService<ITariffStore>().LoadAsync()).InForceOn(OfficeTime.DateOf(Factory.Clock.GetUtcNow())));

        Assert.All(schedule.Items, item =>
        {
            Assert.Contains($"<td>{item.Description.English}</td>", english, StringComparison.Ordinal);
            Assert.Contains($"<td>{item.Unit.English}</td>", english, StringComparison.Ordinal);
            Assert.DoesNotContain(item.Description.Indonesian, english, StringComparison.Ordinal);
        });
        var priced = schedule.Items.First(i => i.Amount is { Amount: >= 1000 });
        Assert.Contains($"<td class=\"text-end\">{priced.Amount!.Value.ToString(CultureInfo.GetCultureInfo("en"))}</td>", english, StringComparison.Ordinal);
        Assert.Contains("Suggestion and complaint box at the PST unit of BPS-Statistics of Jawa Tengah", english, StringComparison.Ordinal);
        Assert.Contains("24-hour service on WhatsApp: 0815-6770-1212", english, StringComparison.Ordinal);
        Assert.DoesNotContain("Kotak saran", english, StringComparison.Ordinal);

        // The Indonesian page keeps the office's own wording and separators.
        using var reader = Visitor();
        var indonesian = Decoded(await reader.GetStringAsync("/halaman/standar-pelayanan"));
        Assert.Contains($"<td>{priced.Description.Indonesian}</td>", indonesian, StringComparison.Ordinal);
        Assert.Contains(priced.Amount!.Value.ToString(CultureInfo.GetCultureInfo("id-ID")), indonesian, StringComparison.Ordinal);
        Assert.Contains("Kotak saran &amp; pengaduan", await reader.GetStringAsync("/halaman/standar-pelayanan"), StringComparison.Ordinal);
    }

    private static List<string> Steps(string block) =>
        StepLine().Matches(block).Select(m => Corrected(m.Groups["text"].Value.Trim()))
            // The online procedure of the given text repeats its last step word for word; the page keeps it once.
            .Aggregate(new List<string>(), (steps, step) =>
            {
                if (steps.Count == 0 || steps[^1] != step)
                {
                    steps.Add(step);
                }

                return steps;
            });

    private static string Corrected(string step) => Corrections.Aggregate(step, (text, c) => text.Replace(c.Given, c.OnPage, StringComparison.Ordinal));

    private static void AssertInOrder(string html, IReadOnlyList<string> steps)
    {
        var text = Regex.Replace(Regex.Replace(html, "<[^>]+>", " "), "\\s+", " ");
        var at = 0;
        foreach (var step in steps)
        {
            var found = text.IndexOf(step, at, StringComparison.Ordinal);
            Assert.True(found >= 0, $"Step not on the page (in order): {step}");
            at = found + step.Length;
        }
    }

    private static string Section(string page, string id)
    {
        var match = Regex.Match(page, $"<div class=\"col-md-6\" id=\"{Regex.Escape(id)}\">(.*?)</div>", RegexOptions.Singleline);
        Assert.True(match.Success, $"No part {id} on the page.");
        return match.Groups[1].Value;
    }

    private static string Between(string text, string start, string end)
    {
        var from = text.IndexOf(start, StringComparison.Ordinal);
        Assert.True(from >= 0, $"'{start.Trim()}' is not in the text.");
        from += start.Length;
        var to = text.IndexOf(end, from, StringComparison.Ordinal);
        return to < 0 ? text[from..] : text[from..to];
    }

    [GeneratedRegex(@"^\s*(?:\d+\.|-\s*[a-z]\.)\s+(?<text>.+)$", RegexOptions.Multiline)]
    private static partial Regex StepLine();
}

public sealed class SqliteServiceStandardPageTests : ServiceStandardPageTests<SqliteAppFactory>;

public sealed class PostgreSqlServiceStandardPageTests : ServiceStandardPageTests<PostgreSqlAppFactory>
{
    protected override void SkipUnlessAvailable() => PostgreSqlAppFactory.SkipUnlessAvailable();
}
