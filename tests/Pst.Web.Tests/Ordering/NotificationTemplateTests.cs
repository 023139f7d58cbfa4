using Pst.Core.Kernel;
using Pst.Web.Tests.Infrastructure;
using static Pst.Web.Tests.Ordering.RequestSteps;

namespace Pst.Web.Tests.Ordering;

/// <summary>An administrator changes the e-mail of a step: a broken template is refused and changes nothing; a valid one is what is sent next.</summary>
public abstract class NotificationTemplateTests<TFactory> : SiteTestBase<TFactory>
    where TFactory : PstAppFactory, new()
{
    [Fact]
    public async Task An_administrator_edits_a_template_and_the_next_mail_uses_it()
    {
        using var admin = await SiteSession.StaffAsync(Factory, "admin@example.org", "Administrator");
        using var officer = await SiteSession.StaffAsync(Factory, "petugas@example.org", "Officer");
        using var customer = await SiteSession.CustomerAsync(Factory, "ani@example.org", "Ani", CustomerSegment.Individual);
        const string Url = "/admin/notifikasi/RequestSubmitted/id";

        var list = await TextOfAsync(admin, "/admin/notifikasi");
        Assert.Contains("Permintaan diajukan", list, StringComparison.Ordinal);
        Assert.Contains("Kode billing diterbitkan", list, StringComparison.Ordinal); // declared by the payments module
        Assert.Contains("billing.code", await TextOfAsync(admin, "/admin/notifikasi/BillingIssued/en"), StringComparison.Ordinal);
        var broken = await TextOfAsync(await Forms.PostAsync(admin.Client, Url, ("Subject", "Ada permintaan {{ request.number"), ("Body", "Lihat {{ request.link }}")));
        Assert.Contains("Templat tidak dapat disimpan", broken, StringComparison.Ordinal);
        Assert.Contains("Permintaan baru {{ request.number }}", await TextOfAsync(admin, Url), StringComparison.Ordinal);

        await ExpectRedirectAsync(Forms.PostAsync(admin.Client, Url, ("Subject", "Ada permintaan {{ request.number }}"), ("Body", "Dari {{ customer.name }}: {{ request.link }}")), Url);
        Assert.Contains("Ada permintaan PST-2026-00042", await TextOfAsync(admin, Url), StringComparison.Ordinal);

        var requestUrl = await AddToRequestAsync(customer, "softcopy");
        await ExpectRedirectAsync(Forms.PostAsync(customer.Client, requestUrl + "?handler=Submit"), requestUrl);
        var mail = await Mailbox.WaitForAsync(Factory.MailDirectory, "petugas@example.org");
        Assert.StartsWith("Ada permintaan PST-", mail.Subject, StringComparison.Ordinal);
        Assert.StartsWith("Dari Ani: http", mail.TextBody, StringComparison.Ordinal);

        Assert.Equal(System.Net.HttpStatusCode.NotFound, await admin.StatusOfAsync("/admin/notifikasi/NoSuchEvent/id"));
        Assert.NotEqual(System.Net.HttpStatusCode.OK, await officer.StatusOfAsync(Url));
    }
}

public sealed class SqliteNotificationTemplateTests : NotificationTemplateTests<SqliteAppFactory>;
