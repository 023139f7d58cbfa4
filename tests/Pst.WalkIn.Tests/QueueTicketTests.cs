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
        Assert.Throws<TicketStepRefusedException>(() => ticket.Start(Issued));
        Assert.Throws<TicketStepRefusedException>(() => ticket.Finish(Issued));
        Assert.Throws<TicketStepRefusedException>(() => ticket.MarkNoShow(Issued));
        Assert.Throws<TicketStepRefusedException>(() => ticket.Recall());
        Assert.Equal((TicketState.Waiting, 0), (ticket.State, ticket.Version));

        ticket.Call("loket-1", Issued);
        Assert.Throws<TicketStepRefusedException>(() => ticket.Call("loket-2", Issued));
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
}
