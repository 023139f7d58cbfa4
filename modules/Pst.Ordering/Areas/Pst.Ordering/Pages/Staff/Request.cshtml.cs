using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Microsoft.AspNetCore.Http;
using Pst.Core.Pages;
using Pst.Core.Security;
using Pst.Ordering.Catalogue;
using Pst.Ordering.Drafting;
using Pst.Ordering.Lifecycle;
using Pst.Ordering.Offers;
using Pst.Ordering.Persistence;
using Pst.Ordering.Requests;
using Pst.Ordering.Serving;

namespace Pst.Ordering.Areas.Pst.Ordering.Pages.Staff;

/// <summary>
/// A request as the officer serves it: the documents to check, the zero-tariff claim to decide, and exactly the
/// steps the lifecycle allows the officer now (offer, answers to corrections, delivery among them). A walk-in
/// request is also put together here with the visitor at the desk (products, documents shown or scanned, sending),
/// and the officer records the visitor's answers to the offer and the product. A supervisor reads it all and takes
/// no step; so does the treasurer, whose mails and payment desk link here.
/// </summary>
[RequirePermission(OrderingPermissions.Serve, OrderingPermissions.Read, OrderingPermissions.TakePayments)]
internal sealed class RequestModel(
    RequestStore store,
    ReadRequest reader,
    CurrentActor actors,
    IssueOffer offers,
    DeliverProduct delivery,
    DraftRequests drafts,
    SubmitRequest submission,
    UploadRequirement uploads,
    CatalogueBrowser catalogue,
    IPermissionChecker permissions,
    TimeProvider clock,
    IStringLocalizer<OrderingModule> text) : StepPageModel<Request>
{
    /// <summary>
    /// The steps taken through <see cref="OnPostActAsync"/>: the office's plain steps and the visitor's steps recorded
    /// at the desk (sending has its own handler, which numbers the request, as have the offer and delivery).
    /// </summary>
    private static readonly HashSet<RequestTrigger> PlainSteps =
    [
        RequestTrigger.ReturnForRevision,
        RequestTrigger.CompleteRequirements,
        RequestTrigger.Cancel,
        RequestTrigger.ReferToConsultation,
        RequestTrigger.MarkProductReady,
        RequestTrigger.ReceiveSignedAgreement,
        .. RequestLifecycle.DeskSteps.Where(t => t != RequestTrigger.Submit),
    ];

    public RequestOverview View { get; private set; } = null!;

    public RequestActor Officer { get; private set; } = null!;

    /// <summary>The office's steps, then the visitor's steps the officer records at the desk.</summary>
    public IEnumerable<RequestTrigger> Steps => View.Actions.Where(PlainSteps.Contains).OrderBy(RequestLifecycle.IsRecordedAtDesk);

    /// <summary>The reader serves requests; false for one who only reads them (no step, no form is offered).</summary>
    public bool MayServe { get; private set; }

    /// <summary>A walk-in draft the officer puts together with the visitor.</summary>
    public bool AtDesk => MayServe && View.Request is { Channel: Core.Kernel.SalesChannel.WalkIn, State: RequestState.Draft or RequestState.RevisionRequested };

    /// <summary>The catalogue the officer picks from at the desk.</summary>
    public IReadOnlyList<CatalogueEntry> Catalogue { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id) =>
        await LoadAsync(id) is null ? NotFound() : Page();

    public Task<IActionResult> OnPostAcceptAsync(Guid id, string code) =>
        StepAsync(id, r => Save(() => r.AcceptDocument(Officer, code)), "The document is accepted.");

    public Task<IActionResult> OnPostRejectAsync(Guid id, string code, string? reason) =>
        StepAsync(id, r => Save(() => r.RejectDocument(Officer, code, reason ?? "")), "The document is rejected. Return the request to the customer when the check is done.");

    public Task<IActionResult> OnPostZeroTariffAsync(Guid id, bool approve, string? reason) =>
        StepAsync(id, r => Save(() => r.DecideZeroTariff(Officer, approve, reason)), approve ? "The zero tariff is approved." : "The zero tariff is refused.");

    /// <summary>The visitor at the desk claims the zero tariff (or drops the claim), as a customer does online.</summary>
    public Task<IActionResult> OnPostClaimZeroTariffAsync(Guid id, ZeroTariffCategory? category, ZeroTariffPurpose? purpose) =>
        StepAsync(id, r => drafts.SetZeroTariffClaimAsync(Officer, r.Id, category, purpose, HttpContext.RequestAborted), category is null ? "The visitor no longer asks for the zero tariff." : "The visitor asks for the zero tariff. Scan or record the request letter.");

    public Task<IActionResult> OnPostOfferAsync(Guid id) =>
        StepAsync(id, r => offers.IssueAsync(r, Officer, SiteAddress, HttpContext.RequestAborted), "The invoice is issued and the customer asked to check it.");

    public Task<IActionResult> OnPostAnswerAsync(Guid id, string? answer, string? name, string? institution) =>
        StepAsync(id, r => offers.AnswerCorrectionAsync(r, Officer, answer ?? "", name, institution, SiteAddress, HttpContext.RequestAborted), "Your answer is sent to the customer.");

    public Task<IActionResult> OnPostDeliverAsync(Guid id, RequestTrigger trigger, string? answer, DeskHandover? handover) =>
        StepAsync(id, r => delivery.DeliverAsync(r, Officer, trigger, answer, handover, HttpContext.RequestAborted), "The product is delivered to the customer.");

    public Task<IActionResult> OnPostRemoveLineAsync(Guid id, int line) =>
        StepAsync(id, r => drafts.RemoveLineAsync(Officer, r.Id, line, HttpContext.RequestAborted), "The product is taken out of the request.");

    /// <summary>The visitor showed a document at the desk; no copy is kept.</summary>
    public Task<IActionResult> OnPostShownAsync(Guid id, string code) =>
        StepAsync(id, r => Save(() => r.RecordShownAtDesk(Officer, code)), "The document is recorded as shown.");

    /// <summary>A scan of a document the visitor handed in, kept with the request.</summary>
    public async Task<IActionResult> OnPostScanAsync(Guid id, string code, IFormFile? file)
    {
        if (file is null)
        {
            return await StepAsync(id, _ => throw new TransitionRefusedException("Choose a file to upload."), "");
        }

        await using var content = file.OpenReadStream();
        return await StepAsync(id, async r =>
        {
            if (await uploads.UploadAsync(r, Officer, code, content, file.Length, HttpContext.RequestAborted) is { } refusal)
            {
                throw new TransitionRefusedException(refusal.MessageKey, refusal.Arguments);
            }
        }, "The scan is kept with the request.");
    }

    /// <summary>Sends the walk-in request for the visitor: it gets its number, then the documents are checked.</summary>
    public Task<IActionResult> OnPostSubmitAsync(Guid id) =>
        StepAsync(id, r => submission.SubmitAsync(r, Officer, HttpContext.RequestAborted), "The request is sent. Check the documents the visitor showed.");

    public Task<IActionResult> OnPostActAsync(Guid id, RequestTrigger trigger, string? reason)
    {
        var atDesk = false;
        return StepAsync(
            id,
            r => Save(() =>
            {
                if (!PlainSteps.Contains(trigger))
                {
                    throw new TransitionRefusedException("You cannot take this step on this request.");
                }

                atDesk = r.AtDesk;
                r.Fire(trigger, Officer, clock.GetUtcNow(), reason);
            }),
            () => RequestLifecycle.IsRecordedAtDesk(trigger) ? "Recorded for the visitor."
                : atDesk && trigger == RequestTrigger.CompleteRequirements ? "Step.CompleteRequirements.AtDesk" // no 10-working-day clock at the desk
                : "Step." + trigger);
    }

    private string SiteAddress => $"{Request.Scheme}://{Request.Host}";

    private async Task Save(Action change)
    {
        change();
        await store.SaveAsync(HttpContext.RequestAborted);
    }

    protected override string AddressOf(Guid id) => $"/admin/permintaan/{id}";

    protected override string? Explain(Exception exception) =>
        exception is TransitionRefusedException refused ? RefusalText.Of(text, refused) : null;

    protected override void DiscardChanges() => store.DiscardChanges();

    protected override Task<bool> MayTakeStepsAsync() => permissions.HasAsync(OrderingPermissions.Serve, HttpContext.RequestAborted);

    protected override async Task<Request?> LoadAsync(Guid id)
    {
        Officer = actors.Officer(User);
        if (await store.FindAsync(id, HttpContext.RequestAborted) is not { } request
            || request is { State: RequestState.Draft, Channel: not Core.Kernel.SalesChannel.WalkIn })
        {
            return null;
        }

        MayServe = await MayTakeStepsAsync();
        if (MayServe)
        {
            await drafts.RefreshDraftAsync(request, HttpContext.RequestAborted);
        }

        View = await reader.ForAsync(request, Officer, HttpContext.RequestAborted);
        if (!MayServe)
        {
            View = View with { Actions = [] };
        }

        if (AtDesk)
        {
            Catalogue = await catalogue.OfferedAsync(HttpContext.RequestAborted);
        }
        return request;
    }
}
