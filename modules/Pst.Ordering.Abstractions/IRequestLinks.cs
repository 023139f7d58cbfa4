namespace Pst.Ordering.Abstractions;

/// <summary>A link a request page shows to another module's page about the request; <paramref name="Text"/> is already in the reader's language.</summary>
public sealed record RequestLink(string Url, string Text);

/// <summary>
/// Lets a module that serves part of a request (payments) put links on the request pages without the ordering
/// module knowing it. Shown only while the contributing module is enabled.
/// </summary>
public interface IRequestLinks
{
    string ModuleId { get; }

    IReadOnlyList<RequestLink> For(RequestSummary request, RequestActor viewer);
}
