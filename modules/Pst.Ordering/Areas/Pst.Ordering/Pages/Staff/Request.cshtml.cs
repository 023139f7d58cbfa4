using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Pst.Core.Security;
using Pst.Ordering.Lifecycle;
using Pst.Ordering.Offers;
using Pst.Ordering.Persistence;
using Pst.Ordering.Requests;
using Pst.Ordering.Serving;

namespace Pst.Ordering.Areas.Pst.Ordering.Pages.Staff;

/// <summary>
/// A request as the officer serves it: the documents to check, the zero-tariff claim to decide, and exactly the
/// steps the lifecycle allows the officer now (offer, answers to corrections, delivery among them).
/// </summary>
[RequirePermission(OrderingPermissions.Serve)]
public sealed class RequestModel(
    RequestStore store,
    ReadRequest reader,
    CurrentActor actors,
    IssueOffer offers,
    DeliverProduct delivery,
    TimeProvider clock,
    IStringLocalizer<OrderingModule> text) : PageModel
{
    /// <summary>The steps taken through <see cref="OnPostActAsync"/>; the others have their own handlers.</summary>
    private static readonly HashSet<RequestTrigger> PlainSteps =
    [
        RequestTrigger.ReturnForRevision,
        RequestTrigger.CompleteRequirements,
        RequestTrigger.Cancel,
        RequestTrigger.MarkProductReady,
        RequestTrigger.ReceiveSignedAgreement,
    ];

    public RequestOverview View { get; private set; } = null!;

    public RequestActor Officer { get; private set; } = null!;

    public IEnumerable<RequestTrigger> Steps => View.Actions.Where(PlainSteps.Contains);

    public async Task<IActionResult> OnGetAsync(Guid id) =>
        await LoadAsync(id) is null ? NotFound() : Page();

    public Task<IActionResult> OnPostAcceptAsync(Guid id, string code) =>
        ChangeAsync(id, r => Save(() => r.AcceptDocument(Officer, code)), "The document is accepted.");

    public Task<IActionResult> OnPostRejectAsync(Guid id, string code, string? reason) =>
        ChangeAsync(id, r => Save(() => r.RejectDocument(Officer, code, reason ?? "")), "The document is rejected. Return the request to the customer when the check is done.");

    public Task<IActionResult> OnPostZeroTariffAsync(Guid id, bool approve, string? reason) =>
        ChangeAsync(id, r => Save(() => r.DecideZeroTariff(Officer, approve, reason)), approve ? "The zero tariff is approved." : "The zero tariff is refused.");

    public Task<IActionResult> OnPostOfferAsync(Guid id) =>
        ChangeAsync(id, r => offers.IssueAsync(r, Officer, SiteAddress, HttpContext.RequestAborted), "The invoice is issued and the customer asked to check it.");

    public Task<IActionResult> OnPostAnswerAsync(Guid id, string? answer, string? name, string? institution) =>
        ChangeAsync(id, r => offers.AnswerCorrectionAsync(r, Officer, answer ?? "", name, institution, SiteAddress, HttpContext.RequestAborted), "Your answer is sent to the customer.");

    public Task<IActionResult> OnPostDeliverAsync(Guid id, RequestTrigger trigger, string? answer) =>
        ChangeAsync(id, r => delivery.DeliverAsync(r, Officer, trigger, answer, HttpContext.RequestAborted), "The product is delivered to the customer.");

    public Task<IActionResult> OnPostActAsync(Guid id, RequestTrigger trigger, string? reason) =>
        ChangeAsync(id, r => Save(() =>
        {
            if (!PlainSteps.Contains(trigger))
            {
                throw new TransitionRefusedException("You cannot take this step on this request.");
            }

            r.Fire(trigger, Officer, clock.GetUtcNow(), reason);
        }), "Step." + trigger);

    private string SiteAddress => $"{Request.Scheme}://{Request.Host}";

    private async Task Save(Action change)
    {
        change();
        await store.SaveAsync(HttpContext.RequestAborted);
    }

    private async Task<IActionResult> ChangeAsync(Guid id, Func<Request, Task> change, string notice)
    {
        if (await LoadAsync(id) is not { } request)
        {
            return NotFound();
        }

        try
        {
            await change(request);
        }
        catch (TransitionRefusedException refused)
        {
            store.DiscardChanges();
            ModelState.AddModelError(string.Empty, RefusalText.Of(text, refused));
            return await LoadAsync(id) is null ? NotFound() : Page();
        }

        TempData["Notice"] = notice;
        return Redirect($"/admin/permintaan/{id}");
    }

    private async Task<Request?> LoadAsync(Guid id)
    {
        Officer = actors.Officer(User);
        if (await store.FindAsync(id, HttpContext.RequestAborted) is not { } request || request.State == RequestState.Draft)
        {
            return null;
        }

        View = await reader.ForAsync(request, Officer, HttpContext.RequestAborted);
        return request;
    }
}
