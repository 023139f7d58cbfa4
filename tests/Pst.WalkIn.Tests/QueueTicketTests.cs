using Pst.WalkIn.Queue;

namespace Pst.WalkIn.Tests;

public sealed class QueueTicketTests
{
    private static readonly DateTimeOffset Issued = new(2026, 11, 24, 8, 0, 0, TimeSpan.FromHours(7));

    private static QueueTicket NewTicket() => new(Guid.NewGuid(), "penjualan", "A", new DateOnly(2026, 11, 24), 7, Issued);

    [Fact]
    public void A_ticket_is_numbered_with_its_prefix_and_records_each_moment()
    {
        var ticket = NewTicket();
        Assert.Equal("A007", ticket.Number);

        ticket.Call("loket-1", Issued.AddMinutes(3));
        ticket.Recall();
        ticket.Start(Issued.AddMinutes(4));
        ticket.Finish(Issued.AddMinutes(15));

        Assert.Equal((TicketState.Finished, 2, Issued.AddMinutes(3), Issued.AddMinutes(4), Issued.AddMinutes(15)), (ticket.State, ticket.Calls, ticket.CalledAt, ticket.StartedAt, ticket.FinishedAt));
    }

    [Fact]
    public void Steps_out_of_order_are_refused_and_change_nothing()
    {
        var ticket = NewTicket();
        Assert.Throws<WalkInStepRefusedException>(() => ticket.Start(Issued));
        Assert.Throws<WalkInStepRefusedException>(() => ticket.Finish(Issued));
        Assert.Throws<WalkInStepRefusedException>(() => ticket.MarkNoShow(Issued));
        Assert.Throws<WalkInStepRefusedException>(() => ticket.Recall());
        Assert.Equal((TicketState.Waiting, 0), (ticket.State, ticket.Version));

        ticket.Call("loket-1", Issued);
        Assert.Throws<WalkInStepRefusedException>(() => ticket.Call("loket-2", Issued));
        Assert.Equal("loket-1", ticket.CounterCode);
    }

    [Fact]
    public void A_transferred_ticket_waits_again_for_the_other_service_and_keeps_its_first_call()
    {
        var ticket = NewTicket();
        ticket.Call("loket-1", Issued.AddMinutes(2));
        ticket.Start(Issued.AddMinutes(3));
        ticket.Transfer("konsultasi");

        Assert.Equal((TicketState.Waiting, "konsultasi", Issued.AddMinutes(2), (DateTimeOffset?)null), (ticket.State, ticket.ServiceCode, ticket.CalledAt, ticket.StartedAt));
        ticket.Call("loket-2", Issued.AddMinutes(9));
        Assert.Equal(("loket-2", Issued.AddMinutes(2)), (ticket.CounterCode, ticket.CalledAt));
    }

    [Fact]
    public void Priority_tickets_are_called_first_then_the_oldest_whatever_their_number()
    {
        var first = NewTicket(1, Issued);
        var second = NewTicket(2, Issued.AddMinutes(1));
        var elderly = NewTicket(3, Issued.AddMinutes(2), priority: true);
        var pregnant = NewTicket(4, Issued.AddMinutes(3), priority: true);

        Assert.Equal(["A003", "A004", "A001", "A002"], QueueTicket.InCallOrder([second, pregnant, first, elderly]).Select(t => t.Number));
    }

    [Fact]
    public void A_ticket_transferred_to_a_counter_is_called_by_that_counter_alone()
    {
        var ticket = NewTicket();
        ticket.Call("loket-1", Issued.AddMinutes(2));
        Assert.Throws<WalkInStepRefusedException>(() => ticket.TransferToCounter("loket-1"));
        ticket.TransferToCounter("loket-2");

        Assert.Equal((TicketState.Waiting, "penjualan", "loket-2"), (ticket.State, ticket.ServiceCode, ticket.TargetCounterCode));
        Assert.True(ticket.IsCalledBy("loket-2", ["perpustakaan"])); // whatever services loket-2 serves
        Assert.False(ticket.IsCalledBy("loket-1", ["penjualan"]));   // no longer in the sales queue of the others

        ticket.Call("loket-2", Issued.AddMinutes(5));
        ticket.Transfer("konsultasi"); // a transfer to a service puts it back in that service's queue
        Assert.Null(ticket.TargetCounterCode);
        Assert.True(ticket.IsCalledBy("loket-1", ["konsultasi"]));
    }

    private static QueueTicket NewTicket(int sequence, DateTimeOffset issued, bool priority = false) =>
        new(Guid.NewGuid(), "penjualan", "A", new DateOnly(2026, 11, 24), sequence, issued, priority);
}
