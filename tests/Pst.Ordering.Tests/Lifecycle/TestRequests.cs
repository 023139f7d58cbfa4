using Pst.Core.Kernel;
using Pst.Core.Products;
using Pst.Ordering.Abstractions;
using Pst.Ordering.Lifecycle;
using Pst.Ordering.Requests;

namespace Pst.Ordering.Tests.Lifecycle;

/// <summary>Builds requests and walks them to any state along the procedure's own path.</summary>
internal static class TestRequests
{
    public const string Abstract = "data-use-abstract";

    public static readonly RequestActor Customer = new("customer-1", ActorRole.Customer);
    public static readonly RequestActor OtherCustomer = new("customer-2", ActorRole.Customer);
    public static readonly RequestActor Officer = new("officer-1", ActorRole.Officer);
    public static readonly RequestActor Treasurer = new("treasurer-1", ActorRole.Treasurer);

    public static readonly DateTimeOffset Start = new(2026, 3, 2, 9, 0, 0, OfficeTime.Offset);

    /// <summary>A catalogue item as a microdata module would describe it (the lifecycle knows no product type).</summary>
    public static readonly CatalogueItem Susenas = new("susenas-2025-03", "microdata", "Susenas Maret 2025 KOR", new System.Text.Json.Nodes.JsonObject());

    /// <summary>How each state is reached: from which state, by which steps.</summary>
    private static readonly Dictionary<RequestState, (RequestState From, Action<Request> Step)> Path = new()
    {
        [RequestState.Submitted] = (RequestState.Draft, r => { r.WriteDocument(Customer, Abstract, "file-1", "{}"); r.Act(RequestTrigger.Submit, Customer, Start); }),
        [RequestState.RevisionRequested] = (RequestState.Submitted, r => { r.RejectDocument(Officer, Abstract, "Abstraksi tidak terbaca"); r.Fire(RequestTrigger.ReturnForRevision, Officer, Start, "Unggah ulang abstraksi"); }),
        [RequestState.RequirementsComplete] = (RequestState.Submitted, r => { r.AcceptDocument(Officer, Abstract); r.Fire(RequestTrigger.CompleteRequirements, Officer, Start); }),
        [RequestState.Cancelled] = (RequestState.Submitted, r => r.Fire(RequestTrigger.Cancel, Officer, Start, "Abstraksi tidak sesuai dengan data yang diminta")),
        [RequestState.CustomerReview] = (RequestState.RequirementsComplete, r => r.Fire(RequestTrigger.IssueOffer, Officer, Start)),
        [RequestState.OfferCorrectionRequested] = (RequestState.CustomerReview, r => r.Fire(RequestTrigger.RequestOfferCorrection, Customer, Start, "Nama instansi salah pada invoice")),
        [RequestState.InPreparation] = (RequestState.CustomerReview, r => r.Fire(RequestTrigger.AcceptOffer, Customer, Start)),
        [RequestState.AwaitingPayment] = (RequestState.InPreparation, r => r.Fire(RequestTrigger.MarkProductReady, Officer, Start)),
        [RequestState.PaymentSettled] = (RequestState.AwaitingPayment, r => r.Fire(RequestTrigger.ConfirmPayment, Treasurer, Start)),
        [RequestState.AgreementReceived] = (RequestState.PaymentSettled, r => r.Fire(RequestTrigger.ReceiveSignedAgreement, Officer, Start)),
        [RequestState.ReceiptIssued] = (RequestState.AgreementReceived, r => r.Fire(RequestTrigger.IssueReceipt, Treasurer, Start)),
        [RequestState.Delivered] = (RequestState.ReceiptIssued, r => r.Fire(RequestTrigger.Deliver, Officer, Start)),
        [RequestState.ProductCorrectionRequested] = (RequestState.Delivered, r => r.Fire(RequestTrigger.RequestProductCorrection, Customer, Start, "Halaman 3 kosong")),
        [RequestState.Completed] = (RequestState.Delivered, r => r.Fire(RequestTrigger.AcceptProduct, Customer, Start)),
        [RequestState.Rated] = (RequestState.Completed, r => r.Fire(RequestTrigger.Rate, Customer, Start)),
    };

    /// <summary>A draft that needs a data-use abstract and a signed agreement (as microdata does).</summary>
    public static Request NewDraft(bool needsAgreement = true, SalesChannel channel = SalesChannel.Online)
    {
        var request = new Request(Guid.NewGuid(), Customer.UserId, channel, Start);
        request.AddLine(Customer, Susenas, LineChoices.Of(("period", ["2025-03"])));
        request.SetRequirements([Abstract], needsAgreement);
        return request;
    }

    public static readonly CustomerDetails Details = new("Sri Wahyuni", "sri@example.test", "Universitas Diponegoro", CustomerSegment.Researcher, Domicile.Indonesia, null);

    private static int _numbers;

    /// <summary>Takes a step as a page would: a draft is sent with <see cref="Request.Submit"/>, which numbers it.</summary>
    public static void Act(this Request request, RequestTrigger trigger, RequestActor actor, DateTimeOffset at, string? reason = null)
    {
        if (trigger == RequestTrigger.Submit && request.Number is null)
        {
            request.Submit(actor, at, $"PST-2026-{Interlocked.Increment(ref _numbers):D5}", Details);
        }
        else
        {
            request.Fire(trigger, actor, at, reason);
        }
    }

    /// <summary>
    /// An online request delivered on Wednesday 8 April 2026 after pauses: requirements complete Tuesday 17 March,
    /// offer Wednesday 25 March, accepted Monday 30 March, product ready Tuesday 31 March, paid and signed Thursday
    /// 2 April, receipt Monday 6 April. The office's clock ran on 17–25 March, 30–31 March and 2–8 April.
    /// </summary>
    public static Request DeliveredOn8AprilAfterPauses()
    {
        var request = ReadyOn31March(needsAgreement: true);
        request.Fire(RequestTrigger.ConfirmPayment, Treasurer, On(4, 2));
        request.Fire(RequestTrigger.ReceiveSignedAgreement, Officer, On(4, 2));
        request.Fire(RequestTrigger.IssueReceipt, Treasurer, On(4, 6));
        request.Fire(RequestTrigger.Deliver, Officer, On(4, 8));
        return request;
    }

    /// <summary>
    /// Sent Monday 16 March 2026, requirements complete Tuesday 17 March, offer Wednesday 25 March, accepted Monday
    /// 30 March, product ready Tuesday 31 March (2 working days used): waiting for payment since.
    /// </summary>
    public static Request ReadyOn31March(bool needsAgreement)
    {
        var request = NewDraft(needsAgreement);
        request.WriteDocument(Customer, Abstract, "f", "{}");
        request.Act(RequestTrigger.Submit, Customer, On(3, 16));
        request.AcceptDocument(Officer, Abstract);
        request.Fire(RequestTrigger.CompleteRequirements, Officer, On(3, 17));
        request.Fire(RequestTrigger.IssueOffer, Officer, On(3, 25));
        request.Fire(RequestTrigger.AcceptOffer, Customer, On(3, 30));
        request.Fire(RequestTrigger.MarkProductReady, Officer, On(3, 31));
        return request;
    }

    private static DateTimeOffset On(int month, int day) => new(2026, month, day, 10, 0, 0, OfficeTime.Offset);

    public static Request In(RequestState state, SalesChannel channel = SalesChannel.Online, bool needsAgreement = true)
    {
        var request = NewDraft(needsAgreement, channel);
        Walk(request, state);
        Assert.Equal(state, request.State);
        return request;
    }

    private static void Walk(Request request, RequestState state)
    {
        if (state == RequestState.Draft)
        {
            return;
        }

        var (from, step) = Path[state];
        Walk(request, from);
        step(request);
    }
}
