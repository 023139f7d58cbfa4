using System.Net;
using System.Xml.Linq;
using Pst.Web.Tests.Infrastructure;

namespace Pst.Web.Tests.Ordering;

/// <summary>The staff page that draws the request lifecycle from the state machine.</summary>
public sealed class LifecyclePageTests : SiteTestBase<SqliteAppFactory>
{
    private const string Password = "rahasia-sekali-1";

    [Fact]
    public async Task An_officer_sees_the_lifecycle_drawn_from_the_machine_with_every_step_in_Indonesian()
    {
        using var officer = await SiteSession.StaffAsync(Factory, "petugas@example.org", "Officer");

        var page = await officer.Client.GetStringAsync("/admin/alur-permintaan");

        // The diagram is well-formed SVG with one box per state and one arc per pair of states a step joins.
        var svgStart = page.IndexOf("<svg", StringComparison.Ordinal);
        var svg = XElement.Parse(page[svgStart..(page.IndexOf("</svg>", StringComparison.Ordinal) + 6)]);
        XNamespace ns = "http://www.w3.org/2000/svg";
        Assert.Equal(16, svg.Descendants(ns + "rect").Count());
        var pairs = Pst.Ordering.Lifecycle.LifecycleDiagram.Arrows().Select(a => (a.From, a.To)).Distinct().Count();
        Assert.Equal(pairs, svg.Descendants(ns + "path").Count(p => p.Parent?.Name.LocalName != "marker"));
        Assert.Equal(Pst.Ordering.Lifecycle.LifecycleDiagram.Arrows().Count, page.Split("<tr>").Length - 2);
        Assert.Contains("Persyaratan lengkap", page, StringComparison.Ordinal);
        Assert.Contains("Konfirmasi pembayaran", page, StringComparison.Ordinal);
        Assert.Contains("tarif nol rupiah disetujui", page, StringComparison.Ordinal);
        Assert.Contains("href=\"/admin/alur-permintaan\"", await officer.Client.GetStringAsync("/admin"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_customer_cannot_open_it()
    {
        await SiteSession.CreateAccountAsync(Factory, "ani@example.org", Password, "Customer");
        using var customer = new SiteSession(Factory);
        await customer.SignInAsync("ani@example.org", Password);
        Assert.Equal(HttpStatusCode.Forbidden, await customer.StatusOfAsync("/admin/alur-permintaan"));
    }
}
