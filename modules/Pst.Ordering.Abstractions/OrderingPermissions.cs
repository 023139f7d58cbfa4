using Pst.Core.Security;

namespace Pst.Ordering.Abstractions;

/// <summary>What the request pages check.</summary>
public static class OrderingPermissions
{
    public const string Place = "requests.place";
    public const string Serve = "requests.serve";

    /// <summary>Reads the staff's request pages without taking steps (the supervisors following their reports, the treasurers taking payments).</summary>
    public const string Read = "requests.read";

    public static IReadOnlyList<Permission> All { get; } =
    [
        new(Place, "Place requests and follow them"),
        new(Serve, "Check documents, issue offers, prepare and deliver products", IsStaff: true),
        new(Read, "Read requests, their documents and timeline, without taking steps", IsStaff: true),
    ];
}
