using Pst.WalkIn.Queue;

namespace Pst.WalkIn.Tests;

/// <summary>The 10-minute measure on a scripted morning at two counters, the expected figures worked out by hand.</summary>
public sealed class WaitingTimeTests
{
    private static readonly DateOnly Day = new(2026, 11, 24);

    private static DateTimeOffset At(int hour, int minute) => new(2026, 11, 24, hour, minute, 0, TimeSpan.FromHours(7));

    private static QueueTicket Ticket(int sequence, (int H, int M) issued, string counter, (int H, int M) called, (int H, int M)? started, (int H, int M)? finished, bool noShow = false)
    {
        var ticket = new QueueTicket(Guid.NewGuid(), "penjualan", "A", Day, sequence, At(issued.H, issued.M));
        ticket.Call(counter, At(called.H, called.M));
        if (noShow)
        {
            ticket.MarkNoShow(At(called.H, called.M + 3));
            return ticket;
        }

        ticket.Start(At(started!.Value.H, started.Value.M));
        ticket.Finish(At(finished!.Value.H, finished.Value.M));
        return ticket;
    }

    [Fact]
    public void Each_wait_runs_from_the_previous_entry_at_the_counter_finishing_or_from_the_issue_when_it_was_idle()
    {
        // Loket 1: A001 issued 08:00 to an idle counter, called 08:02 (wait 2 min, from its issue).
        //          A002 issued 08:01, A001 finished 08:20, called 08:33 (wait 13 min from 08:20: over the limit).
        //          A003 issued 08:05, called 08:40 and did not come (no-show at 08:43); wait 08:40 − 08:35 (A002's finish) = 5 min.
        //          A004 issued 08:06, called 08:50: wait from the no-show at 08:43 = 7 min.
        // Loket 2: A005 issued 09:00, counter idle (nothing before), called 09:10: wait 10 min, exactly the limit.
        var tickets = new[]
        {
            Ticket(1, (8, 0), "loket-1", (8, 2), (8, 3), (8, 20)),
            Ticket(2, (8, 1), "loket-1", (8, 33), (8, 34), (8, 35)),
            Ticket(3, (8, 5), "loket-1", (8, 40), null, null, noShow: true),
            Ticket(4, (8, 6), "loket-1", (8, 50), (8, 51), (9, 5)),
            Ticket(5, (9, 0), "loket-2", (9, 10), (9, 11), (9, 20)),
        };

        var waits = WaitingTime.Measure(tickets);

        Assert.Equal(
            [("A001", 2, true), ("A002", 13, false), ("A003", 5, true), ("A004", 7, true), ("A005", 10, true)],
            waits.Select(w => (w.Ticket.Number, (int)w.Duration.TotalMinutes, w.WithinStandard)));
        Assert.Equal(At(8, 20), waits[1].From);
        Assert.Equal(At(8, 43), waits[3].From);
    }

    [Fact]
    public void A_ticket_not_yet_called_has_no_wait_to_measure()
    {
        var waiting = new QueueTicket(Guid.NewGuid(), "penjualan", "A", Day, 1, At(8, 0));
        Assert.Empty(WaitingTime.Measure([waiting]));
    }
}

/// <summary>The daily report on the same scripted morning, worked out by hand.</summary>
public sealed class QueueReportTests
{
    [Fact]
    public void The_day_in_figures()
    {
        var day = new DateOnly(2026, 11, 24);
        DateTimeOffset At(int hour, int minute) => new(2026, 11, 24, hour, minute, 0, TimeSpan.FromHours(7));
        QueueTicket Served(int n, int issued, string counter, int called, int start, int end)
        {
            var t = new QueueTicket(Guid.NewGuid(), "penjualan", "A", day, n, At(8, issued));
            t.Call(counter, At(8, called));
            t.Start(At(8, start));
            t.Finish(At(8, end));
            return t;
        }

        var noShow = new QueueTicket(Guid.NewGuid(), "penjualan", "A", day, 3, At(8, 5));
        noShow.Call("loket-1", At(8, 40));
        noShow.MarkNoShow(At(8, 43));
        var waiting = new QueueTicket(Guid.NewGuid(), "penjualan", "A", day, 6, At(8, 55));
        QueueTicket[] tickets =
        [
            Served(1, 0, "loket-1", 2, 3, 20),   // wait 2, service 17
            Served(2, 1, "loket-1", 33, 34, 35), // wait 13, service 1
            noShow,                              // wait 5
            Served(4, 6, "loket-1", 50, 51, 59), // wait 7 (from the no-show at 8:43), service 8
            Served(5, 10, "loket-2", 20, 21, 31), // wait 10 (idle counter, from its issue), service 10
            waiting,
        ];

        var report = QueueReport.Of(day, tickets);

        // Waits 2, 5, 7, 10, 13: median (rank 3) 7, 90th percentile (rank 5) 13; 4 of 5 within 10 minutes.
        // Services 1, 8, 10, 17: median (rank 2) 8, 90th percentile (rank 4) 17.
        Assert.Equal((6, 4, 1), (report.Tickets, report.Served, report.NoShows));
        Assert.Equal((TimeSpan.FromMinutes(7), TimeSpan.FromMinutes(13)), (report.MedianWait, report.Wait90));
        Assert.Equal((TimeSpan.FromMinutes(8), TimeSpan.FromMinutes(17)), (report.MedianService, report.Service90));
        Assert.Equal(0.8, report.ShareWithinStandard);
        Assert.Equal([new CounterFigures("loket-1", 4, 0.75), new CounterFigures("loket-2", 1, 1.0)], report.Counters);
    }

    [Fact]
    public void A_day_without_calls_has_no_figures_to_divide() =>
        Assert.Equal((null, null, (double?)null), (QueueReport.Of(new DateOnly(2026, 11, 24), []).MedianWait, QueueReport.Of(new DateOnly(2026, 11, 24), []).Wait90, QueueReport.Of(new DateOnly(2026, 11, 24), []).ShareWithinStandard));
}
