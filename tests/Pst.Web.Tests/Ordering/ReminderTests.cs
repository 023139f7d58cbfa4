using Pst.Documents;
using Microsoft.Extensions.DependencyInjection;
using Pst.Core.Calendar;
using Pst.Core.Kernel;
using Pst.Data.Reminders;
using Pst.Ordering.Reminders;
using Pst.Web.Tests.Infrastructure;
using static Pst.Web.Tests.Ordering.RequestSteps;

namespace Pst.Web.Tests.Ordering;

/// <summary>Staff are reminded of requests running out of time, and customers of billing codes about to expire; each reminder once.</summary>
public abstract class ReminderTests<TFactory> : SiteTestBase<TFactory>
    where TFactory : PstAppFactory, new()
{
    [Fact]
    public async Task Officers_are_reminded_two_working_days_before_the_due_date_and_when_it_is_overdue_each_once()
    {
        using var customer = await SiteSession.CustomerAsync(Factory, "ani@example.org", "Ani", CustomerSegment.Individual);
        using var officer = await SiteSession.StaffAsync(Factory, "petugas@example.org", "Officer");
        var requestUrl = await AddToRequestAsync(customer, "softcopy");
        await ExpectRedirectAsync(Forms.PostAsync(customer.Client, requestUrl + "?handler=Submit"), requestUrl);
        var staffUrl = "/admin/permintaan/" + requestUrl.Split('/')[^1];
        await ExpectRedirectAsync(Forms.PostAsync(officer.Client, staffUrl + "?handler=Act", ("trigger", "CompleteRequirements")), staffUrl);
        var number = System.Text.RegularExpressions.Regex.Match(await TextOfAsync(customer, requestUrl), "PST-\\d{4}-\\d{5}").Value;
        Assert.Equal(0, await RunRemindersAsync());

        // Eight working days used, two left.
        var calendar = await Factory.Services.InScopeAsync(sp => sp.GetRequiredService<WorkingDayCalendarSource>().LoadAsync());
        var start = OfficeTime.DateOf(Factory.Clock.GetUtcNow());
        await MoveToAsync(calendar.AddWorkingDays(start, 8));
        Assert.Equal(1, await RunRemindersAsync());
        var dueSoon = await Mailbox.WaitForAsync(Factory.MailDirectory, "petugas@example.org", $"Permintaan {number} jatuh tempo {Pst.Documents.DocumentText.Date(calendar.AddWorkingDays(start, 10))}");
        Assert.Contains("Persyaratan lengkap", dueSoon.TextBody, StringComparison.Ordinal);
        Assert.Equal(0, await RunRemindersAsync());

        await MoveToAsync(calendar.AddWorkingDays(start, 11));
        Assert.Equal(1, await RunRemindersAsync());
        await Mailbox.WaitForAsync(Factory.MailDirectory, "petugas@example.org", $"Permintaan {number} melewati batas waktu");
        Assert.Equal(0, await RunRemindersAsync());

        // Read on the Saturday after, the page still names the day the 10 working days ended, and counts the
        // working days late as on the Friday.
        var due = calendar.AddWorkingDays(start, 10).ToString("dddd, d MMMM yyyy", System.Globalization.CultureInfo.GetCultureInfo("id-ID"));
        var friday = calendar.AddWorkingDays(start, 11);
        while (friday.DayOfWeek != DayOfWeek.Friday || !calendar.IsWorkingDay(friday))
        {
            friday = friday.AddDays(1);
        }

        await MoveToAsync(friday);
        using var supervisor = await SiteSession.StaffAsync(Factory, "pengawas@example.org", "Supervisor"); // the sessions above have expired by now
        using var customerAgain = new SiteSession(Factory);
        await customerAgain.SignInAsync("ani@example.org", "rahasia-sekali-1");
        var late = System.Text.RegularExpressions.Regex.Match(await TextOfAsync(supervisor, staffUrl), $"Seharusnya selesai {due} \\(terlambat (\\d+) hari kerja\\)").Groups[1].Value;
        Assert.NotEqual("", late);
        await MoveToAsync(friday.AddDays(1));
        Assert.Contains($"Seharusnya selesai {due} (terlambat {late} hari kerja)", await TextOfAsync(supervisor, staffUrl), StringComparison.Ordinal);
        Assert.Contains($"Seharusnya selesai {due} (terlambat {late} hari kerja)", await TextOfAsync(customerAgain, requestUrl), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_customer_is_reminded_once_a_day_before_the_billing_code_expires()
    {
        using var customer = await SiteSession.CustomerAsync(Factory, "budi@example.org", "Budi", CustomerSegment.Individual);
        using var officer = await SiteSession.StaffAsync(Factory, "petugas@example.org", "Officer");
        using var treasurer = await SiteSession.StaffAsync(Factory, "bendahara@example.org", "Treasurer");
        var (requestUrl, _) = await ToAwaitingPaymentAsync(customer, officer);
        var deskUrl = "/admin/pembayaran/" + requestUrl.Split('/')[^1];
        await ExpectRedirectAsync(Forms.PostAsync(treasurer.Client, deskUrl + "?handler=Billing"), deskUrl);
        Assert.Equal(0, await RunRemindersAsync());

        Factory.Clock.Advance(TimeSpan.FromDays(6.5));
        Assert.Equal(1, await RunRemindersAsync());
        var mail = await Mailbox.WaitForAsync(Factory.MailDirectory, "budi@example.org", $"Kode billing {System.Text.RegularExpressions.Regex.Match(await TextOfAsync(customer, requestUrl), "PST-\\d{4}-\\d{5}").Value} segera berakhir");
        Assert.Contains("Mohon segera membayar", mail.TextBody, StringComparison.Ordinal);
        Assert.Equal(requestUrl + "/pembayaran", Mailbox.LinkIn(mail)); // where the code is shown and paid
        Assert.Equal(0, await RunRemindersAsync());
    }

    /// <summary>Runs every module's reminders once, as the background worker does; returns how many were sent.</summary>
    private Task<int> RunRemindersAsync() => Factory.Services.InScopeAsync(async sp =>
    {
        var sent = 0;
        foreach (var job in sp.GetServices<IReminderJob>())
        {
            sent += await job.SendDueAsync(CancellationToken.None);
        }

        return sent;
    });

    /// <summary>Moves the site's clock to 10:00 WIB on a day.</summary>
    private Task MoveToAsync(DateOnly day)
    {
        var target = new DateTimeOffset(day.ToDateTime(new TimeOnly(10, 0)), OfficeTime.Offset);
        Factory.Clock.Advance(target - Factory.Clock.GetUtcNow());
        return Task.CompletedTask;
    }
}

public sealed class SqliteReminderTests : ReminderTests<SqliteAppFactory>;

public sealed class PostgreSqlReminderTests : ReminderTests<PostgreSqlAppFactory>
{
    protected override void SkipUnlessAvailable() => PostgreSqlAppFactory.SkipUnlessAvailable();
}
