using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Pst.Core.Pages;
using Pst.Core.Security;
using Pst.Ordering.Drafting;
using Pst.Ordering.Lifecycle;
using Pst.Ordering.Persistence;
using Pst.Ordering.Requests;
using Pst.Ordering.Serving;

namespace Pst.Ordering.Areas.Pst.Ordering.Pages.Requests;

/// <summary>
/// The customer's request: status, due date, what to do next, the lines and their price, the documents to upload,
/// what the office issued, the steps the customer may take and the timeline. Another customer's request is not found.
/// </summary>
[RequirePermission(OrderingPermissions.Place)]
[global::Pst.Core.Modules.ReadableWhileOff]
internal sealed class DetailModel(
    RequestStore store,
    ReadRequest reader,
    CurrentActor actors,
    DraftRequests drafts,
    UploadRequirement uploads,
    SubmitRequest submission,
    DownloadLinks links,
    RenewDownloadLinks renewals,
    global::Pst.Core.Features.FeatureManager features,
    TimeProvider clock,
    IStringLocalizer<OrderingModule> text) : StepPageModel<Request>
{
    /// <summary>The steps this page takes through <see cref="OnPostActAsync"/>; the others have their own handlers.</summary>
    private static readonly HashSet<RequestTrigger> PlainSteps =
    [
        RequestTrigger.Withdraw,
        RequestTrigger.Resubmit,
        RequestTrigger.RequestOfferCorrection,
        RequestTrigger.AcceptOffer,
        RequestTrigger.RequestProductCorrection,
        RequestTrigger.AcceptProduct,
    ];

    public RequestOverview View { get; private set; } = null!;

    public RequestActor Customer { get; private set; } = null!;

    /// <summary>The ordering module is switched off: the customer reads the request, and nothing is offered to do.</summary>
    public bool ReadOnly { get; private set; }

    /// <summary>The steps offered as buttons: what the lifecycle permits that this page takes (none while read only).</summary>
    public IEnumerable<RequestTrigger> Steps => ReadOnly ? [] : View.Actions.Where(PlainSteps.Contains);

    public async Task<IActionResult> OnGetAsync(Guid id) =>
        await LoadAsync(id) is null ? NotFound() : Page();

    public Task<IActionResult> OnPostRemoveLineAsync(Guid id, int line) =>
        StepAsync(id, r => drafts.RemoveLineAsync(Customer, r.Id, line, HttpContext.RequestAborted), "The product is taken out of your request.");

    public Task<IActionResult> OnPostZeroTariffAsync(Guid id, ZeroTariffCategory? category, ZeroTariffPurpose? purpose) =>
        StepAsync(id, r => drafts.SetZeroTariffClaimAsync(Customer, r.Id, category, purpose, HttpContext.RequestAborted), category is null ? "You no longer ask for the zero tariff." : "You ask for the zero tariff. Upload the request letter.");

    public Task<IActionResult> OnPostUploadAsync(Guid id, string code, IFormFile? file) =>
        UploadAsync(id, file, (r, content) => uploads.UploadAsync(r, Customer, code, content, file!.Length, HttpContext.RequestAborted), "The document is uploaded.");

    public Task<IActionResult> OnPostSignedAgreementAsync(Guid id, IFormFile? file) =>
        UploadAsync(id, file, (r, content) => uploads.UploadSignedAgreementAsync(r, Customer, content, file!.Length, HttpContext.RequestAborted), "The signed agreement is sent. Post the originals on a duty stamp to the office as well.");

    private async Task<IActionResult> UploadAsync(Guid id, IFormFile? file, Func<Request, Stream, Task<Core.Files.UploadRefusal?>> upload, string notice)
    {
        if (await LoadAsync(id) is not { } request)
        {
            return NotFound();
        }

        if (file is null)
        {
            return await RefuseAsync(id, text["Choose a file to upload."]);
        }

        try
        {
            await using var content = file.OpenReadStream();
            if (await upload(request, content) is { } refusal)
            {
                return await RefuseAsync(id, text[refusal.MessageKey, refusal.Arguments]);
            }
        }
        catch (Exception exception) when (Explain(exception) is { } reason)
        {
            return await RefuseAsync(id, reason);
        }

        return Done(id, notice);
    }

    public Task<IActionResult> OnPostRenewDownloadsAsync(Guid id) =>
        StepAsync(id, r => renewals.RenewAsync(r, Customer, HttpContext.RequestAborted), "The download links work again.");

    /// <summary>A product file in force whose download window has closed: the customer may ask for new links.</summary>
    public bool MayRenewDownloads => !ReadOnly && View.Request.IssuedFiles.Any(f => f.Kind == IssuedFileKind.Product && !f.Replaced && !f.AvailableAt(Now));

    public Task<IActionResult> OnPostSubmitAsync(Guid id) =>
        StepAsync(id, r => submission.SubmitAsync(r, Customer, HttpContext.RequestAborted), "Your request is sent. The officer checks your documents.");

    public Task<IActionResult> OnPostActAsync(Guid id, RequestTrigger trigger, string? reason) =>
        StepAsync(id, async r =>
        {
            if (!PlainSteps.Contains(trigger))
            {
                throw new TransitionRefusedException("You cannot take this step on this request.");
            }

            r.Fire(trigger, Customer, clock.GetUtcNow(), reason);
            await store.SaveAsync(HttpContext.RequestAborted);
        }, "Step." + trigger);

    /// <summary>Where the customer downloads an issued file: delivered products through their signed, expiring link.</summary>
    public string LinkOf(IssuedFile file) =>
        file.Kind == IssuedFileKind.Product ? links.For(View.Request, file) : $"/permintaan/{View.Request.Id}/berkas/{file.FileId}";

    public DateTimeOffset Now => clock.GetUtcNow();

    public string StateName(RequestState state) => text["RequestState." + state];

    protected override string AddressOf(Guid id) => $"/permintaan/{id}";

    protected override string? Explain(Exception exception) =>
        exception is TransitionRefusedException refused ? RefusalText.Of(text, refused) : null;

    protected override void DiscardChanges() => store.DiscardChanges();

    protected override async Task<Request?> LoadAsync(Guid id)
    {
        Customer = await actors.CustomerAsync(User, HttpContext.RequestAborted) ?? throw new InvalidOperationException("The page requires the permission to place requests.");
        if (await store.FindOwnAsync(id, Customer.UserId, HttpContext.RequestAborted) is not { } request)
        {
            return null;
        }

        ReadOnly = !await features.IsEnabledAsync(OrderingModule.Id, HttpContext.RequestAborted);
        if (!ReadOnly)
        {
            await drafts.RefreshDraftAsync(request, HttpContext.RequestAborted);
        }

        View = await reader.ForAsync(request, Customer, HttpContext.RequestAborted);
        return request;
    }
}
