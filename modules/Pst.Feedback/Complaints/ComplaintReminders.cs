using System.Net;
using Microsoft.EntityFrameworkCore;
using Pst.Core.Calendar;
using Pst.Core.Kernel;
using Pst.Core.Settings;
using Pst.Data;
using Pst.Data.Outbox;
using Pst.Data.Reminders;

namespace Pst.Feedback.Complaints;

/// <summary>
/// Reminds whoever handles an open complaint (the officer it is assigned to, else the office's address) before
/// each of its limits passes and once it has: the first response, then closing. Each reminder is claimed by
/// inserting its row with the e-mail it queues, in one save, so it is sent once.
/// </summary>
public sealed class ComplaintReminders(PstDbContext db, EmailOutbox outbox, ISiteSettings settings, WorkingDayCalendarSource calendars, Microsoft.Extensions.Localization.IStringLocalizer<FeedbackModule> text, TimeProvider clock) : IReminderJob
{
    public async Task<int> SendDueAsync(CancellationToken cancellationToken = default)
    {
        var limits = await ComplaintSettings.LoadAsync(settings, cancellationToken);
        var calendar = await calendars.LoadAsync(cancellationToken);
        var office = await OfficeSettings.LoadAsync(settings, cancellationToken);
        var today = OfficeTime.DateOf(clock.GetUtcNow());
        var open = await db.Set<Complaint>().AsNoTracking().Where(c => c.State != ComplaintState.Closed).ToListAsync(cancellationToken);
        var sent = 0;
        foreach (var complaint in open)
        {
            var deadlines = ComplaintTimeLimits.For(OfficeTime.DateOf(complaint.ReceivedAt), complaint.Tier, limits, calendar);
            var (limit, due) = complaint.FirstRespondedAt is null ? ("first-response", deadlines.FirstResponseDue) : ("resolution", deadlines.ResolutionDue);
            var key = today > due ? $"{limit}-overdue" : today >= ComplaintTimeLimits.RemindOn(due, limits, calendar) ? $"{limit}-soon" : null;
            if (key is null || await db.Set<SentComplaintReminder>().AnyAsync(s => s.ComplaintId == complaint.Id && s.Key == key, cancellationToken))
            {
                continue;
            }

            var to = complaint.AssignedTo is { } officer
                ? await db.Users.Where(u => u.Id == officer).Select(u => u.Email).SingleOrDefaultAsync(cancellationToken)
                : office.Email;
            if (to is null)
            {
                continue;
            }

            db.Add(new SentComplaintReminder(complaint.Id, key, clock.GetUtcNow()));
            var subject = ReaderLanguage.In("id", () => text["Reminder." + key, complaint.Number, due.ToString("d MMMM yyyy", System.Globalization.CultureInfo.CurrentCulture)].Value);
            outbox.Enqueue(to, subject, $"<p>{WebUtility.HtmlEncode(subject)}.</p><p>{WebUtility.HtmlEncode(complaint.Description)}</p>", $"{subject}.\n\n{complaint.Description}");
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                sent++;
            }
            catch (DbUpdateException)
            {
                db.ChangeTracker.Clear();
            }
        }

        return sent;
    }
}
