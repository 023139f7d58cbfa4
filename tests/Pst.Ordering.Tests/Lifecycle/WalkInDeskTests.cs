using Pst.Core.Notifications;
using Pst.Core.Kernel;
using Pst.Core.Products;
using Pst.Ordering.Lifecycle;
using Pst.Ordering.Notifications;
using Pst.Ordering.Requests;
using static Pst.Ordering.Tests.Lifecycle.TestRequests;

namespace Pst.Ordering.Tests.Lifecycle;

/// <summary>
/// The walk-in variant of the lifecycle: the officer puts the request together with the visitor at the desk and
/// records the visitor's answers; online requests stay the customer's alone, and the rating stays the visitor's.
/// </summary>
public sealed class WalkInDeskTests
{
    private static Request DeskDraft()
    {
        var request = new Request(Guid.NewGuid(), Customer.UserId, SalesChannel.WalkIn, Start);
        request.AddLine(Officer, Susenas, LineChoices.Of(("period", ["2025-03"])));
        request.SetRequirements([DocumentCodes.Identity, Abstract], needsAgreement: false);
        return request;
    }

    [Fact]
    public void At_the_desk_the_officer_builds_the_draft_records_documents_and_sends_it()
    {
        var request = DeskDraft();
        request.RecordShownAtDesk(Officer, DocumentCodes.Identity);
        request.UploadDocument(Officer, Abstract, "scan-1");

        Assert.True(request.Documents.Single(d => d.Code == DocumentCodes.Identity).ShownAtDesk);
        Assert.False(request.Documents.Single(d => d.Code == Abstract).ShownAtDesk);
        Assert.Contains(RequestTrigger.Submit, request.PermittedTriggers(Officer));
        request.Submit(Officer, Start, "PST-2026-00900", Details);

        Assert.Equal(RequestState.Submitted, request.State);
        Assert.Equal(ActorRole.Officer, request.Timeline[^1].ActorRole);
    }

    [Fact]
    public void Online_the_officer_can_neither_build_a_draft_nor_take_the_customers_steps()
    {
        var online = NewDraft();
        Assert.Throws<TransitionRefusedException>(() => online.AddLine(Officer, Susenas, LineChoices.Of(("period", ["2024-03"]))));
        Assert.Throws<TransitionRefusedException>(() => online.WriteDocument(Officer, Abstract, "file-9", "{}"));
        Assert.Throws<TransitionRefusedException>(() => online.RecordShownAtDesk(Officer, Abstract));
        Assert.Throws<TransitionRefusedException>(() => online.RecordHandover(Officer, DeskHandover.Printed));

        var review = In(RequestState.CustomerReview);
        Assert.DoesNotContain(RequestTrigger.AcceptOffer, review.PermittedTriggers(Officer));
        Assert.Throws<TransitionRefusedException>(() => review.Fire(RequestTrigger.AcceptOffer, Officer, Start));
    }

    [Fact]
    public void At_the_desk_the_officer_records_the_visitors_answers_but_never_their_rating()
    {
        var request = DeskDraft();
        request.RecordShownAtDesk(Officer, DocumentCodes.Identity);
        request.RecordShownAtDesk(Officer, Abstract);
        request.Submit(Officer, Start, "PST-2026-00901", Details);
        request.AcceptDocument(Officer, DocumentCodes.Identity);
        request.AcceptDocument(Officer, Abstract);
        request.Fire(RequestTrigger.CompleteRequirements, Officer, Start);
        request.Fire(RequestTrigger.IssueOffer, Officer, Start);
        request.Fire(RequestTrigger.RequestOfferCorrection, Officer, Start, "Nama instansi salah");
        request.Fire(RequestTrigger.AnswerOfferCorrection, Officer, Start, "Sudah diperbaiki");
        request.Fire(RequestTrigger.AcceptOffer, Officer, Start);
        request.Fire(RequestTrigger.MarkProductReady, Officer, Start);
        request.Fire(RequestTrigger.ConfirmPayment, Treasurer, Start);
        request.Fire(RequestTrigger.IssueReceipt, Treasurer, Start);
        request.RecordHandover(Officer, DeskHandover.VisitorMedia);
        request.Fire(RequestTrigger.Deliver, Officer, Start);
        request.Fire(RequestTrigger.AcceptProduct, Officer, Start);

        Assert.Equal(RequestState.Completed, request.State);
        Assert.Equal(DeskHandover.VisitorMedia, request.Handover);
        Assert.DoesNotContain(RequestTrigger.Rate, request.PermittedTriggers(Officer));
        Assert.Throws<TransitionRefusedException>(() => request.Rate(Officer, Start));
        request.Rate(Customer, Start);
        Assert.Equal(RequestState.Rated, request.State);
    }

    [Fact]
    public void At_the_desk_only_the_receipt_and_a_product_sent_by_e_mail_are_mailed_to_the_visitor()
    {
        // The payments module's receipt e-mail, as it declares it: to the customer and the officers, marked for the desk.
        var receipt = new RequestStepMail(RequestTrigger.IssueReceipt, "ReceiptIssued", AtDesk: true);
        var receiptMail = new NotificationDefinition("ReceiptIssued", typeof(object), [NotificationAudience.Customer, RequestMails.Officers], new Dictionary<string, TemplateText> { ["id"] = new("s", "b") }, RequestMails.Example());
        var ordering = new OrderingNotifications();
        var mails = ordering.StepMails.Select(m => (Mail: m, Definition: ordering.Notifications.Single(d => d.Key == m.Notification))).Append((Mail: receipt, Definition: receiptMail)).ToList();
        IReadOnlyList<NotificationAudience> To(RequestStepMail mail, NotificationDefinition definition, SalesChannel channel, DeskHandover? handover) =>
            RequestNotifier.AudiencesOn(channel, handover, mail, definition);

        Assert.Equal([RequestTrigger.IssueReceipt], mails.Where(m => To(m.Mail, m.Definition, SalesChannel.WalkIn, DeskHandover.VisitorMedia).Count > 0).Select(m => m.Mail.Step));
        Assert.Equal(
            [RequestTrigger.Deliver, RequestTrigger.Redeliver, RequestTrigger.IssueReceipt],
            mails.Where(m => To(m.Mail, m.Definition, SalesChannel.WalkIn, DeskHandover.EmailLink).Count > 0).Select(m => m.Mail.Step));
        Assert.All(mails, m => Assert.DoesNotContain(To(m.Mail, m.Definition, SalesChannel.WalkIn, DeskHandover.EmailLink), a => a.IsStaff));
        Assert.All(mails, m => Assert.Equal(m.Definition.To, To(m.Mail, m.Definition, SalesChannel.Online, null)));
    }

    [Fact]
    public void At_the_desk_a_visitor_whose_abstract_does_not_match_is_referred_to_consultation_which_online_is_refused()
    {
        var request = DeskDraft();
        request.RecordShownAtDesk(Officer, DocumentCodes.Identity);
        request.RecordShownAtDesk(Officer, Abstract);
        request.Submit(Officer, Start, "PST-2026-00902", Details);
        Assert.Contains(RequestTrigger.ReferToConsultation, request.PermittedTriggers(Officer));
        Assert.Equal("Please give a reason.", Assert.Throws<TransitionRefusedException>(() => request.Fire(RequestTrigger.ReferToConsultation, Officer, Start, "")).MessageKey);

        request.Fire(RequestTrigger.ReferToConsultation, Officer, Start, "Abstraksi tentang pendidikan, data yang diminta tentang kesehatan");
        Assert.Equal(RequestState.Cancelled, request.State);
        Assert.Equal((RequestTrigger.ReferToConsultation, "Abstraksi tentang pendidikan, data yang diminta tentang kesehatan"), (request.Timeline[^1].Trigger, request.Timeline[^1].Reason));

        var online = In(RequestState.Submitted);
        Assert.DoesNotContain(RequestTrigger.ReferToConsultation, online.PermittedTriggers(Officer));
        Assert.Throws<TransitionRefusedException>(() => online.Fire(RequestTrigger.ReferToConsultation, Officer, Start, "alasan"));
        Assert.Equal(RequestState.Submitted, online.State);
    }
}
