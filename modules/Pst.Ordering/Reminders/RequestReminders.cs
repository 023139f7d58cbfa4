using Pst.Documents;
using Microsoft.EntityFrameworkCore;
using Pst.Core.Calendar;
using Pst.Core.Kernel;
using Pst.Data;
using Pst.Data.Reminders;
using Pst.Ordering.Lifecycle;
using Pst.Ordering.Notifications;
using Pst.Ordering.Requests;

namespace Pst.Ordering.Reminders;

/// <summary>
/// Reminds the officers of requests whose service time runs short: once when 2 working days are left, once when
/// the request is overdue. Each reminder is claimed by inserting its row first, so it is sent once however many
/// nodes run this.
/// </summary>
internal sealed class RequestReminders(PstDbContext db, WorkingDayCalendarSource calendars, RequestNotifier notifier, TimeProvider clock) : IReminderJob
{
    public const int DueSoonWorkingDays = 2;

    /// <summary>Sends the reminders due now; returns how many were sent.</summary>
    public async Task<int> SendDueAsync(CancellationToken cancellationToken = default)
    {
        var calendar = await calendars.LoadAsync(cancellationToken);
        var today = OfficeTime.DateOf(clock.GetUtcNow());
        var running = ClockStates();
        var candidates = await db.Set<Request>().AsNoTracking().Where(r => running.Contains(r.State)).ToListAsync(cancellationToken);
        var sent = 0;
        foreach (var request in candidates)
        {
            var reading = ServiceClock.Read(request.ClockHistory, calendar, today);
            var (key, notification) = reading switch
            {
                { Running: false } => (null, null),
                { Overdue: true } => ("overdue", OrderingNotifications.Overdue),
                { Remaining: <= DueSoonWorkingDays } => ("due-soon", OrderingNotifications.DueSoon),
                _ => (null, null),
            };
            if (key is not null && notification is not null && await TrySendAsync(request.Id, key, r => notifier.NotifyAsync(notification, r, new Dictionary<string, object?> { ["due_date"] = DocumentText.Date(reading.DueDate!.Value) }, cancellationToken), cancellationToken))
            {
                sent++;
            }
        }

        return sent;
    }

    /// <summary>
    /// Sends a reminder of a request once: claims <paramref name="key"/> by inserting its row with the e-mails
    /// <paramref name="notify"/> queues, in one save; when another node claimed it first, nothing is sent.
    /// </summary>
    public async Task<bool> TrySendAsync(Guid requestId, string key, Func<Request, Task> notify, CancellationToken cancellationToken = default)
    {
        if (await db.Set<SentReminder>().AnyAsync(s => s.RequestId == requestId && s.Key == key, cancellationToken)
            || await db.Set<Request>().AsNoTracking().SingleOrDefaultAsync(r => r.Id == requestId, cancellationToken) is not { } request)
        {
            return false;
        }

        db.Add(new SentReminder(requestId, key, clock.GetUtcNow()));
        await notify(request);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            return false;
        }
    }

    private static RequestState[] ClockStates() => Enum.GetValues<RequestState>().Where(RequestLifecycle.ClockMayRunIn).ToArray();

}
