using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Pst.Core.Calendar;
using Pst.Core.Kernel;
using Pst.Core.Reports;
using Pst.Core.Settings;
using Pst.Data;
using Pst.Feedback.Complaints;

namespace Pst.Feedback.Reports;

/// <summary>
/// Complaints received in the period, by channel, by tier and by category, and whether each limit was met: the first
/// response by its due day, and the closing by the tier's due day (<see cref="ComplaintTimeLimits"/>, as set today).
/// A limit still running at the time of the report counts as neither met nor missed until its day has passed. The
/// ones still open past their closing day are listed, each opening the complaint.
/// </summary>
public sealed class ComplaintsReport(PstDbContext db, ISiteSettings settings, WorkingDayCalendarSource calendars, IStringLocalizer<FeedbackModule> text, TimeProvider clock) : IServiceReport
{
    public string ModuleId => FeedbackModule.Id;

    public int Order => 50;

    public async Task<ReportSection> BuildAsync(ReportPeriod period, CancellationToken cancellationToken = default)
    {
        var (from, to) = (period.StartsAt, period.EndsAt);
        var complaints = await db.Set<Complaint>().AsNoTracking().Where(c => c.ReceivedAt >= from && c.ReceivedAt < to).ToListAsync(cancellationToken);
        var limits = await ComplaintSettings.LoadAsync(settings, cancellationToken);
        var calendar = await calendars.LoadAsync(cancellationToken);
        var today = OfficeTime.DateOf(clock.GetUtcNow());
        var judged = complaints.OrderBy(c => c.ReceivedAt).Select(c => Judge(c, ComplaintTimeLimits.For(OfficeTime.DateOf(c.ReceivedAt), c.Tier, limits, calendar), today)).ToList();
        var openPastLimit = judged.Where(j => !j.Complaint.IsClosed && j.Resolution == false).ToList();

        return new ReportSection(
            "complaints",
            text["Complaints"],
            [
                new(text["Received"], judged.Count, ReportValueKind.Count),
                new(text["Closed"], judged.Count(j => j.Complaint.IsClosed), ReportValueKind.Count),
                new(text["First response in time"], ReportSection.Share(judged.Count(j => j.FirstResponse == true), judged.Count(j => j.FirstResponse is not null)), ReportValueKind.Percent),
                new(text["Closed in time"], ReportSection.Share(judged.Count(j => j.Resolution == true), judged.Count(j => j.Resolution is not null)), ReportValueKind.Percent),
                new(text["Open past their limit"], openPastLimit.Count, ReportValueKind.Count),
            ],
            [
                Breakdown("complaints-by-channel", text["Complaints by channel"], text["Channel"], judged.GroupBy(j => j.Complaint.Channel).OrderBy(g => g.Key).Select(g => (text[$"ComplaintChannel.{g.Key}"].Value, g.ToList())), judged),
                Breakdown("complaints-by-tier", text["Complaints by tier"], text["Tier"], judged.GroupBy(j => j.Complaint.Tier).OrderBy(g => g.Key).Select(g => (text[$"ComplaintTier.{g.Key}"].Value, g.ToList())), judged),
                Breakdown("complaints-by-category", text["Complaints by category"], text["Category"], judged.GroupBy(j => j.Complaint.Category).OrderBy(g => g.Key).Select(g => (text[$"ComplaintCategory.{g.Key}"].Value, g.ToList())), judged),
                new ReportTable(
                    "complaints-open-past-limit",
                    text["Complaints still open past their limit"],
                    [new(text["Complaint"]), new(text["Received"]), new(text["Tier"]), new(text["To be closed by"]), new(text["Working days past"], ReportValueKind.Count)],
                    openPastLimit.Select(j => (IReadOnlyList<object?>)[
                        new ReportLink(j.Complaint.Number, $"/admin/pengaduan/{j.Complaint.Id}"),
                        OfficeTime.DateOf(j.Complaint.ReceivedAt).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
                        text[$"ComplaintTier.{j.Complaint.Tier}"].Value,
                        j.Due.ResolutionDue.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
                        calendar.WorkingDaysBetween(j.Due.ResolutionDue, today)]).ToList()).Checked(),
            ],
            []);
    }

    /// <summary>A complaint with each limit judged: true met, false missed, null not yet known (still running).</summary>
    private sealed record Judged(Complaint Complaint, ComplaintDeadlines Due, bool? FirstResponse, bool? Resolution);

    private static Judged Judge(Complaint complaint, ComplaintDeadlines due, DateOnly today) => new(
        complaint,
        due,
        Judge(due.FirstResponseDue, complaint.FirstRespondedAt, today),
        Judge(due.ResolutionDue, complaint.ClosedAt, today));

    private static bool? Judge(DateOnly due, DateTimeOffset? done, DateOnly today)
    {
        var day = done is { } at ? OfficeTime.DateOf(at) : (DateOnly?)null;
        return day is not null || ComplaintTimeLimits.Overdue(due, day, today) ? ComplaintTimeLimits.Met(due, day) : null;
    }

    private ReportTable Breakdown(string key, string title, string groupTitle, IEnumerable<(string Name, List<Judged> Items)> groups, IReadOnlyList<Judged> all) => new ReportTable(
        key,
        title,
        [
            new(groupTitle),
            new(text["Received"], ReportValueKind.Count),
            new(text["Closed"], ReportValueKind.Count),
            new(text["First response in time"], ReportValueKind.Count),
            new(text["First response late"], ReportValueKind.Count),
            new(text["Closed in time"], ReportValueKind.Count),
            new(text["Closed late or overdue"], ReportValueKind.Count),
        ],
        groups.Select(g => Row(g.Name, g.Items)).ToList(),
        Row(text["Total"], all),
        ChartColumn: 1).Checked();

    private static IReadOnlyList<object?> Row(string name, IReadOnlyCollection<Judged> items) =>
    [
        name,
        items.Count,
        items.Count(j => j.Complaint.IsClosed),
        items.Count(j => j.FirstResponse == true),
        items.Count(j => j.FirstResponse == false),
        items.Count(j => j.Resolution == true),
        items.Count(j => j.Resolution == false),
    ];
}
