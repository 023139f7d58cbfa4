using Microsoft.EntityFrameworkCore;
using Pst.Core.Calendar;
using Pst.Core.Kernel;
using Pst.Core.Settings;
using Pst.Data;
using Pst.Data.Accounts;
using Pst.Data.Reminders;

namespace Pst.Feedback.Complaints;

/// <summary>
/// Reminds whoever handles an open complaint (the officer it is assigned to, else the office's address) before
/// each of its limits passes and once it has: the first response, then closing. Each reminder is claimed by
/// inserting its row with the e-mail it queues, in one save, so it is sent once. The officer reads it in their
/// language; the office's address in Indonesian.
/// </summary>
public sealed class ComplaintReminders(PstDbContext db, ComplaintMail mail, ISiteSettings settings, WorkingDayCalendarSource calendars, TimeProvider clock) : IReminderJob
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
            var overdue = today > due;
            var key = overdue ? $"{limit}-overdue" : today >= ComplaintTimeLimits.RemindOn(due, limits, calendar) ? $"{limit}-soon" : null;
            if (key is null || await db.Set<SentComplaintReminder>().AnyAsync(s => s.ComplaintId == complaint.Id && s.Key == key, cancellationToken))
            {
                continue;
            }

            var (to, language) = await RecipientAsync(complaint, office, cancellationToken);
            if (to is null)
            {
                continue;
            }

            db.Add(new SentComplaintReminder(complaint.Id, key, clock.GetUtcNow()));
            await mail.QueueAsync(ComplaintNotifications.ReminderOf(limit, overdue), complaint, to, language, due, cancellationToken);
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

    /// <summary>The assigned officer in their language, else the office's address in Indonesian.</summary>
    private async Task<(string? Email, string Language)> RecipientAsync(Complaint complaint, OfficeSettings office, CancellationToken cancellationToken)
    {
        if (complaint.AssignedTo is not { } officer)
        {
            return (office.Email, "id");
        }

        var user = await db.Set<PstUser>().Where(u => u.Id == officer).Select(u => new { u.Email, u.PreferredLanguage }).SingleOrDefaultAsync(cancellationToken);
        return (user?.Email, user?.PreferredLanguage ?? "id");
    }
}
