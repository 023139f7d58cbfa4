using Pst.Web.Tests.Infrastructure;
using static Pst.Web.Tests.Ordering.RequestSteps;

namespace Pst.Web.Tests.WalkIn;

/// <summary>The walk-in tests run on a working morning, when the kiosk gives numbers (its opening hours are a setting).</summary>
public abstract class WalkInTestBase<TFactory> : SiteTestBase<TFactory>
    where TFactory : PstAppFactory, new()
{
    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        Factory.Clock.MoveTo(ShiftedClock.OfficeMorning);
    }

    /// <summary>A visitor takes a sales ticket, is called and served, written in the guest book, and the officer opens their request.</summary>
    private protected static async Task<(string TicketId, string StaffUrl, string RequestId)> OpenDeskRequestAsync(SiteSession visitor, SiteSession officer)
    {
        var ticketUrl = (await Forms.PostAsync(visitor.Client, "/antrian", ("service", "penjualan"))).Headers.Location!.OriginalString;
        var ticketId = ticketUrl.Split('/')[^1];
        await ExpectRedirectAsync(Forms.PostAsync(officer.Client, "/admin/antrian?loket=loket-1&handler=Call"), "/admin/antrian?loket=loket-1");
        await ExpectRedirectAsync(Forms.PostAsync(officer.Client, "/admin/antrian?loket=loket-1&handler=Start", ("ticket", ticketId)), "/admin/antrian?loket=loket-1");
        await ExpectRedirectAsync(Forms.PostAsync(officer.Client, $"/admin/buku-tamu/isi?tiket={ticketId}",
            ("Input.IdentityDocumentType", "Ktp"), ("Input.IdentityNumber", "3374010101900002"), ("Input.Name", "Dewi Rahma"), ("Input.Email", "dewi.walkin@example.org"),
            ("Input.Institution", "Universitas Negeri Semarang"), ("Input.Segment", "Student"), ("Input.Purpose", "Membeli data mikro Susenas")), "/admin/buku-tamu");
        var staffUrl = (await Forms.PostAsync(officer.Client, $"/admin/antrian/tiket/{ticketId}/permintaan")).Headers.Location!.OriginalString;
        return (ticketId, staffUrl, staffUrl.Split('/')[^1]);
    }

    /// <summary>The visitor shows their identity and states the abstract; the officer sends the request for them.</summary>
    private protected static async Task ShowAndSubmitAsync(SiteSession officer, string staffUrl)
    {
        foreach (var code in new[] { "identity", "data-use-abstract" })
        {
            await ExpectRedirectAsync(Forms.PostAsync(officer.Client, staffUrl + "?handler=Shown", ("code", code)), staffUrl);
        }

        await ExpectRedirectAsync(Forms.PostAsync(officer.Client, staffUrl + "?handler=Submit"), staffUrl);
    }
}
