using Microsoft.Extensions.Localization;
using Pst.Core.Kernel;
using Pst.Ordering.Lifecycle;
using Pst.Ordering.Requests;
using Pst.Ordering.Serving;

namespace Pst.WalkIn.Desks;

/// <summary>Puts the rating tablet on the officer's page of a completed walk-in request, for the visitor to rate the service.</summary>
internal sealed class DeskVisitLinks(IStringLocalizer<WalkInModule> text) : IRequestLinks
{
    public string ModuleId => WalkInModule.Id;

    public IReadOnlyList<RequestLink> For(Request request, RequestActor viewer) =>
        request is { Channel: SalesChannel.WalkIn, State: RequestState.Completed } && viewer.Role == ActorRole.Officer
            ? [new RequestLink($"/admin/antrian/penilaian/{request.Id}", text["Rating on the tablet"])]
            : [];
}
