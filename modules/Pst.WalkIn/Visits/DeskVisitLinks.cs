using Microsoft.Extensions.Localization;
using Pst.Core.Kernel;
using Pst.Ordering.Abstractions;

namespace Pst.WalkIn.Visits;

/// <summary>
/// Puts on the officer's page of a walk-in request what the queue does next: the satisfaction survey on the tablet once
/// completed, for the visitor to answer; the queue console once the visitor is referred to statistical consultation,
/// where their ticket is transferred to the consultation queue.
/// </summary>
internal sealed class DeskVisitLinks(IStringLocalizer<WalkInModule> text) : IRequestLinks
{
    public string ModuleId => WalkInModule.Id;

    public IReadOnlyList<RequestLink> For(RequestSummary request, RequestActor viewer)
    {
        if (request.Channel != SalesChannel.WalkIn || viewer.Role != ActorRole.Officer)
        {
            return [];
        }

        if (request.State == RequestState.Completed)
        {
            return [new RequestLink($"/admin/antrian/survei/{request.Id}", text["Satisfaction survey on the tablet"])];
        }

        return request.Timeline is [.., { Trigger: RequestTrigger.ReferToConsultation }]
            ? [new RequestLink("/admin/antrian", text["Transfer the visitor's ticket to the consultation queue"])]
            : [];
    }
}
