using Microsoft.AspNetCore.SignalR;
using Pst.WalkIn.Queue;

namespace Pst.WalkIn.Display;

/// <summary>
/// The display boards' live channel (<c>/hubs/antrian</c>): the server announces each call; boards only listen.
/// Several web nodes need the SignalR Redis backplane (DESIGN.md section 8b) so every board hears every call.
/// </summary>
public sealed class QueueHub : Hub
{
    public const string Path = "/hubs/antrian";

    /// <summary>The client method a call is announced with.</summary>
    public const string Called = "called";
}

/// <summary>A call as the boards show and speak it.</summary>
public sealed record CallAnnouncement(string Number, string CounterName, string ServiceName, DateTimeOffset At);

/// <summary>Tells every display board that a ticket was called (or called again) to a counter.</summary>
public sealed class QueueAnnouncer(IHubContext<QueueHub> hub)
{
    public Task AnnounceAsync(CallAnnouncement call, CancellationToken cancellationToken = default) =>
        hub.Clients.All.SendAsync(QueueHub.Called, call, cancellationToken);
}
