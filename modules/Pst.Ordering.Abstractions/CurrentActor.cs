using System.Security.Claims;
using Pst.Core.Security;

namespace Pst.Ordering.Abstractions;

/// <summary>Who the signed-in person acts as on a request: its customer, or staff in the role their permissions give.</summary>
public sealed class CurrentActor(IPermissionChecker permissions)
{
    public static string? UserId(ClaimsPrincipal user) => user.FindFirstValue(ClaimTypes.NameIdentifier);

    /// <summary>The customer acting on their own requests; null when not signed in or not allowed to place requests.</summary>
    public async Task<RequestActor?> CustomerAsync(ClaimsPrincipal user, CancellationToken cancellationToken = default) =>
        UserId(user) is { } id && await permissions.HasAsync(OrderingPermissions.Place, cancellationToken)
            ? new RequestActor(id, ActorRole.Customer)
            : null;

    /// <summary>The treasurer recording payments and issuing receipts (the payment pages require the permission already).</summary>
    public RequestActor Treasurer(ClaimsPrincipal user) =>
        new(UserId(user) ?? throw new InvalidOperationException("Staff pages are for signed-in staff."), ActorRole.Treasurer);

    /// <summary>The officer serving requests (the staff pages require the permission already).</summary>
    public RequestActor Officer(ClaimsPrincipal user) =>
        new(UserId(user) ?? throw new InvalidOperationException("Staff pages are for signed-in staff."), ActorRole.Officer);
}
