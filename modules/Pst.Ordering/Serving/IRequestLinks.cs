using Pst.Ordering.Lifecycle;
using Pst.Ordering.Requests;

namespace Pst.Ordering.Serving;

/// <summary>A link a request page shows to another module's page about the request; <paramref name="Text"/> is already in the reader's language.</summary>
public sealed record RequestLink(string Url, string Text);

/// <summary>
/// Lets a module that serves part of a request (payments) put links on the request pages without the ordering
/// module knowing it. Shown only while the contributing module is enabled.
/// </summary>
public interface IRequestLinks
{
    string ModuleId { get; }

    IReadOnlyList<RequestLink> For(Request request, RequestActor viewer);
}
