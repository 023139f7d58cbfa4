using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Pst.Core.Messaging;
using Pst.Core.Pages;
using Pst.Core.Security;
using Pst.Ordering.Catalogue;
using Pst.Ordering.Drafting;
using Pst.Ordering.Lifecycle;
using Pst.Ordering.OfficeSteps;
using Pst.Ordering.Persistence;
using Pst.Ordering.Requests;
using Pst.Ordering.Serving;

namespace Pst.Ordering.Areas.Pst.Ordering.Pages.Staff;

/// <summary>
/// A request as the officer serves it: the documents to check, the zero-tariff claim to decide, and exactly the
/// steps the lifecycle allows the officer now (offer, answers to corrections, delivery among them). A walk-in
/// request is also put together here with the visitor at the desk (products, documents shown or scanned, sending),
/// and the officer records the visitor's answers to the offer and the product. A supervisor reads it all and takes
/// no step; so does the treasurer, whose mails and payment desk link here. Each button sends its step
/// (<see cref="OfficeStep"/>); the mediator refuses a reader who does not serve requests.
/// </summary>
[RequirePermission(OrderingPermissions.Serve, OrderingPermissions.Read)]
internal sealed class RequestModel(
    RequestStore store,
    ReadRequest reader,
    CurrentActor actors,
    IMessages messages,
    DraftRequests drafts,
    CatalogueBrowser catalogue,
    IPermissionChecker permissions,
    IStringLocalizer<OrderingModule> text) : StepPageModel<Request>
{
    public RequestOverview View { get; private set; } = null!;

    /// <summary>The office's steps, then the visitor's steps the officer records at the desk.</summary>
    public IEnumerable<RequestTrigger> Steps => View.Actions.Where(TakeOfficeStep.Plain.Contains).OrderBy(RequestLifecycle.IsRecordedAtDesk);

    /// <summary>The reader serves requests; false for one who only reads them (no step, no form is offered).</summary>
    public bool MayServe { get; private set; }

    /// <summary>A walk-in draft the officer puts together with the visitor.</summary>
    public bool AtDesk => MayServe && View.Request is { Channel: Core.Kernel.SalesChannel.WalkIn, State: RequestState.Draft or RequestState.RevisionRequested };

    /// <summary>The catalogue the officer picks from at the desk.</summary>
    public IReadOnlyList<CatalogueEntry> Catalogue { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id) =>
        await LoadAsync(id) is null ? NotFound() : Page();

    public Task<IActionResult> OnPostAcceptAsync(Guid id, string code) =>
        SendAsync(id, new AcceptDocument(id, Officer, code), "The document is accepted.");

    public Task<IActionResult> OnPostRejectAsync(Guid id, string code, string? reason) =>
        SendAsync(id, new RejectDocument(id, Officer, code, reason ?? ""), "The document is rejected. Return the request to the customer when the check is done.");

    public Task<IActionResult> OnPostZeroTariffAsync(Guid id, bool approve, string? reason) =>
        SendAsync(id, new DecideZeroTariff(id, Officer, approve, reason), approve ? "The zero tariff is approved." : "The zero tariff is refused.");

    public Task<IActionResult> OnPostClaimZeroTariffAsync(Guid id, ZeroTariffCategory? category, ZeroTariffPurpose? purpose) =>
        SendAsync(id, new ClaimZeroTariffAtDesk(id, Officer, category, purpose), category is null ? "The visitor no longer asks for the zero tariff." : "The visitor asks for the zero tariff. Scan or record the request letter.");

    public Task<IActionResult> OnPostOfferAsync(Guid id) =>
        SendAsync(id, new IssueInvoice(id, Officer, SiteAddress), "The invoice is issued and the customer asked to check it.");

    public Task<IActionResult> OnPostAnswerAsync(Guid id, string? answer, string? name, string? institution) =>
        SendAsync(id, new AnswerInvoiceCorrection(id, Officer, answer ?? "", name, institution, SiteAddress), "Your answer is sent to the customer.");

    /// <summary>Delivers, or sends again with an answer; files uploaded as <c>corrected-{fileId}</c> replace those delivered files.</summary>
    public async Task<IActionResult> OnPostDeliverAsync(Guid id, RequestTrigger trigger, string? answer, DeskHandover? handover)
    {
        var uploads = Request.HasFormContentType
            ? Request.Form.Files.Where(f => f.Name.StartsWith(CorrectedPrefix, StringComparison.Ordinal) && f.Length > 0).ToList()
            : [];
        var corrected = new List<CorrectedProductFile>();
        try
        {
            foreach (var upload in uploads)
            {
                corrected.Add(new CorrectedProductFile(upload.Name[CorrectedPrefix.Length..], upload.OpenReadStream()));
            }

            return await SendAsync(id, new DeliverToCustomer(id, Officer, trigger, answer, handover, corrected), "The product is delivered to the customer.");
        }
        finally
        {
            foreach (var file in corrected)
            {
                await file.Content.DisposeAsync();
            }
        }
    }

    /// <summary>The form name of a corrected file: this prefix and the delivered file it replaces.</summary>
    public const string CorrectedPrefix = "corrected-";

    public Task<IActionResult> OnPostRemoveLineAsync(Guid id, int line) =>
        SendAsync(id, new RemoveDeskLine(id, Officer, line), "The product is taken out of the request.");

    public Task<IActionResult> OnPostShownAsync(Guid id, string code) =>
        SendAsync(id, new RecordDocumentShown(id, Officer, code), "The document is recorded as shown.");

    public async Task<IActionResult> OnPostScanAsync(Guid id, string code, IFormFile? file)
    {
        if (file is null)
        {
            return await StepAsync(id, _ => throw new TransitionRefusedException("Choose a file to upload."), "");
        }

        await using var content = file.OpenReadStream();
        return await SendAsync(id, new ScanDocument(id, Officer, code, content, file.Length), "The scan is kept with the request.");
    }

    public Task<IActionResult> OnPostSubmitAsync(Guid id) =>
        SendAsync(id, new SendDeskRequest(id, Officer), "The request is sent. Check the documents the visitor showed.");

    public Task<IActionResult> OnPostActAsync(Guid id, RequestTrigger trigger, string? reason)
    {
        var atDesk = false;
        return StepAsync(
            id,
            r =>
            {
                atDesk = r.AtDesk;
                return messages.SendAsync(new TakeOfficeStep(id, Officer, trigger, reason), HttpContext.RequestAborted);
            },
            () => RequestLifecycle.IsRecordedAtDesk(trigger) ? "Recorded for the visitor."
                : atDesk && trigger == RequestTrigger.CompleteRequirements ? "Step.CompleteRequirements.AtDesk" // no 10-working-day clock at the desk
                : "Step." + trigger);
    }

    private string SiteAddress => $"{Request.Scheme}://{Request.Host}";

    /// <summary>The officer of a step is the signed-in reader, known before the step is built.</summary>
    private RequestActor Officer => actors.Officer(User);

    private Task<IActionResult> SendAsync(Guid id, OfficeStep step, string notice) =>
        StepAsync(id, _ => messages.SendAsync(step, HttpContext.RequestAborted), notice);

    protected override string AddressOf(Guid id) => $"/admin/permintaan/{id}";

    protected override string? Explain(Exception exception) =>
        exception is TransitionRefusedException refused ? RefusalText.Of(text, refused) : null;

    protected override void DiscardChanges() => store.DiscardChanges();

    protected override async Task<Request?> LoadAsync(Guid id)
    {
        if (await store.FindAsync(id, HttpContext.RequestAborted) is not { } request
            || request is { State: RequestState.Draft, Channel: not Core.Kernel.SalesChannel.WalkIn })
        {
            return null;
        }

        MayServe = await permissions.HasAsync(OrderingPermissions.Serve, HttpContext.RequestAborted);
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
