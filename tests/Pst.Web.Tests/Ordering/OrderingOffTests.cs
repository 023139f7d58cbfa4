using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Pst.Core.Features;
using Pst.Core.Kernel;
using Pst.Web.Tests.Infrastructure;
using static Pst.Web.Tests.Ordering.RequestSteps;

namespace Pst.Web.Tests.Ordering;

/// <summary>With the ordering module switched off, a customer still reads their own requests and files; nothing can be done on them.</summary>
public sealed class OrderingOffTests : SiteTestBase<SqliteAppFactory>
{
    [Fact]
    public async Task A_customer_reads_their_own_requests_and_invoice_while_ordering_is_off_and_can_act_on_none()
    {
        using var customer = await SiteSession.CustomerAsync(Factory, "ani@example.org", "Ani Lestari", CustomerSegment.Student, "Universitas Negeri Semarang");
        using var officer = await SiteSession.StaffAsync(Factory, "petugas@example.org", "Officer");
        var (requestUrl, staffUrl) = await ToOfferedAsync(customer, officer);
        var token = await TokenFromAsync(customer, "/permintaan");

        await Factory.Services.InScopeAsync(async sp =>
        {
            var features = sp.GetRequiredService<FeatureManager>();
            foreach (var dependent in features.Graph.DependentsOf("Pst.Ordering").Reverse())
            {
                await features.DisableAsync(dependent.Manifest.Id);
            }

            await features.DisableAsync("Pst.Ordering");
        });

        Assert.Contains(requestUrl, await TextOfAsync(customer, "/permintaan"), StringComparison.Ordinal);
        var page = await TextOfAsync(customer, requestUrl);
        Assert.Contains("Saat ini permintaan tidak dilayani secara online.", page, StringComparison.Ordinal);
        Assert.Contains("id=\"total\">Rp80.000,00<", page, StringComparison.Ordinal);
        Assert.DoesNotContain("handler=Act", page, StringComparison.Ordinal);
        Assert.Contains("INVOICE", await InvoiceTextAsync(customer, requestUrl, page), StringComparison.Ordinal);

        // Reading only: a step posted by hand finds nothing, and the offer stays as it was.
        using var accept = new FormUrlEncodedContent([new("trigger", "AcceptOffer"), new("__RequestVerificationToken", token)]);
        Assert.Equal(HttpStatusCode.NotFound, (await customer.Client.PostAsync(requestUrl + "?handler=Act", accept)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, await customer.StatusOfAsync("/katalog"));
        Assert.Equal(HttpStatusCode.NotFound, await officer.StatusOfAsync(staffUrl));
        Assert.Contains("id=\"state\">Diperiksa pengguna layanan<", await TextOfAsync(customer, requestUrl), StringComparison.Ordinal);
    }
}
