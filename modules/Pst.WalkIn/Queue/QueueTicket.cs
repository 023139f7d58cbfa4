namespace Pst.WalkIn.Queue;

public enum TicketState
{
    /// <summary>Issued; the visitor waits.</summary>
    Waiting,

    /// <summary>Called to a counter; the visitor walks there.</summary>
    Called,

    /// <summary>Being served at the counter.</summary>
    Serving,

    Finished,

    /// <summary>Called and did not come.</summary>
    NoShow,
}

/// <summary>
/// A queue ticket: its number of the day for one service, and the moments that measure the 10-minute standard
/// (issued, called, started, finished). Each change checks the state it comes from and refuses otherwise.
/// </summary>
public sealed class QueueTicket : IQueueMoments
{
    /// <summary>For the database.</summary>
    private QueueTicket()
    {
        ServiceCode = "";
        Number = "";
    }

    public QueueTicket(Guid id, string serviceCode, string prefix, DateOnly day, int sequence, DateTimeOffset issuedAt, bool priority = false)
    {
        Priority = priority;
        Id = id;
        ServiceCode = serviceCode;
        Day = day;
        Sequence = sequence;
        Number = $"{prefix}{sequence:000}";
        IssuedAt = issuedAt;
    }

    public Guid Id { get; private set; }

    public string ServiceCode { get; private set; }

    /// <summary>The office day (WIB) the number belongs to; numbers restart each day.</summary>
    public DateOnly Day { get; private set; }

    /// <summary>1, 2, 3 … per service per day, without gaps.</summary>
    public int Sequence { get; private set; }

    /// <summary>"A007": the service's prefix and the sequence.</summary>
    public string Number { get; private set; }

    public TicketState State { get; private set; }

    /// <summary>Priority service (elderly visitors, visitors with disabilities, pregnant women): called before the others.</summary>
    public bool Priority { get; private set; }

    /// <summary>Transferred to this counter: only it calls the ticket, whatever services it serves.</summary>
    public string? TargetCounterCode { get; private set; }

    /// <summary>The counter that called it last.</summary>
    public string? CounterCode { get; private set; }

    public DateTimeOffset IssuedAt { get; private set; }

    /// <summary>The first call (a recall does not move it: the visitor's wait ended then).</summary>
    public DateTimeOffset? CalledAt { get; private set; }

    public int Calls { get; private set; }

    public DateTimeOffset? StartedAt { get; private set; }

    public DateTimeOffset? FinishedAt { get; private set; }

    public DateTimeOffset? NoShowAt { get; private set; }

    public int Version { get; private set; }

    public void Call(string counterCode, DateTimeOffset at)
    {
        Require(TicketState.Waiting);
        State = TicketState.Called;
        CounterCode = counterCode;
        CalledAt ??= at;
        Calls++;
        Version++;
    }

    /// <summary>Calls again (the display board repeats the number); the first call's moment is kept.</summary>
    public void Recall()
    {
        Require(TicketState.Called);
        Calls++;
        Version++;
    }

    public void Start(DateTimeOffset at)
    {
        Require(TicketState.Called);
        State = TicketState.Serving;
        StartedAt = at;
        Version++;
    }

    public void Finish(DateTimeOffset at)
    {
        Require(TicketState.Serving);
        State = TicketState.Finished;
        FinishedAt = at;
        Version++;
    }

    public void MarkNoShow(DateTimeOffset at)
    {
        Require(TicketState.Called);
        State = TicketState.NoShow;
        NoShowAt = at;
        Version++;
    }

    /// <summary>Sends the visitor to the queue of another service (the ticket waits again, keeping its number).</summary>
    public void Transfer(string serviceCode)
    {
        Require(TicketState.Called, TicketState.Serving);
        ServiceCode = serviceCode;
        TargetCounterCode = null;
        WaitAgain();
    }

    /// <summary>Sends the visitor to another counter, which alone calls them next (the ticket keeps its number and service).</summary>
    public void TransferToCounter(string counterCode)
    {
        Require(TicketState.Called, TicketState.Serving);
        if (counterCode == CounterCode)
        {
            throw new WalkInStepRefusedException("The visitor is already at this counter.");
        }

        TargetCounterCode = counterCode;
        WaitAgain();
    }

    /// <summary>Whether a counter serving these services calls this ticket: its own transfers, or its services' untransferred tickets.</summary>
    public bool IsCalledBy(string counterCode, IEnumerable<string> services) =>
        TargetCounterCode is { } target ? target == counterCode : services.Contains(ServiceCode);

    /// <summary>The order tickets are called in: priority first, then the oldest (a transferred ticket keeps its place).</summary>
    public static IEnumerable<QueueTicket> InCallOrder(IEnumerable<QueueTicket> tickets) =>
        tickets.OrderByDescending(t => t.Priority).ThenBy(t => t.IssuedAt).ThenBy(t => t.Sequence);

    private void WaitAgain()
    {
        State = TicketState.Waiting;
        StartedAt = null;
        Version++;
    }

    private void Require(params TicketState[] states)
    {
        if (!states.Contains(State))
        {
            throw new WalkInStepRefusedException("This ticket cannot take this step while it is {0}.", State);
        }
    }
}
