using Pst.Ordering.Lifecycle;

namespace Pst.Ordering.Notifications;

/// <summary>Who an e-mail goes to: the request's customer, or the staff holding a permission.</summary>
internal enum NotificationAudience
{
    Customer,
    Officers,
    Treasurers,
}

/// <summary>
/// The notification rules: which step of the lifecycle sends which e-mail to whom. One e-mail per step, to the
/// people who must act next (DESIGN.md section 5); steps not listed send nothing.
/// </summary>
internal static class NotificationRules
{
    private static readonly Dictionary<RequestTrigger, (NotificationEvent Event, NotificationAudience[] To)> OnStep = new()
    {
        [RequestTrigger.Submit] = (NotificationEvent.RequestSubmitted, [NotificationAudience.Officers]),
        [RequestTrigger.ReturnForRevision] = (NotificationEvent.DocumentsReturned, [NotificationAudience.Customer]),
        [RequestTrigger.Resubmit] = (NotificationEvent.DocumentsResubmitted, [NotificationAudience.Officers]),
        [RequestTrigger.Cancel] = (NotificationEvent.RequestCancelled, [NotificationAudience.Customer]),
        [RequestTrigger.IssueOffer] = (NotificationEvent.OfferIssued, [NotificationAudience.Customer]),
        [RequestTrigger.RequestOfferCorrection] = (NotificationEvent.OfferCorrectionRequested, [NotificationAudience.Officers]),
        [RequestTrigger.AnswerOfferCorrection] = (NotificationEvent.OfferCorrectionAnswered, [NotificationAudience.Customer]),
        [RequestTrigger.AcceptOffer] = (NotificationEvent.OfferAccepted, [NotificationAudience.Officers]),
        [RequestTrigger.MarkProductReady] = (NotificationEvent.PaymentRequested, [NotificationAudience.Customer, NotificationAudience.Treasurers]),
        [RequestTrigger.ConfirmPayment] = (NotificationEvent.PaymentConfirmed, [NotificationAudience.Customer]),
        [RequestTrigger.IssueReceipt] = (NotificationEvent.ReceiptIssued, [NotificationAudience.Customer, NotificationAudience.Officers]),
        [RequestTrigger.Deliver] = (NotificationEvent.ProductDelivered, [NotificationAudience.Customer]),
        [RequestTrigger.Redeliver] = (NotificationEvent.ProductDelivered, [NotificationAudience.Customer]),
        [RequestTrigger.RequestProductCorrection] = (NotificationEvent.ProductCorrectionRequested, [NotificationAudience.Officers]),
        [RequestTrigger.AcceptProduct] = (NotificationEvent.RequestCompleted, [NotificationAudience.Customer]),
    };

    /// <summary>Events that no step fires: sent by the payments module, by the reminders and on an upload.</summary>
    public static IReadOnlyDictionary<NotificationEvent, NotificationAudience[]> Standalone { get; } = new Dictionary<NotificationEvent, NotificationAudience[]>
    {
        [NotificationEvent.BillingIssued] = [NotificationAudience.Customer],
        [NotificationEvent.BillingExpiring] = [NotificationAudience.Customer],
        [NotificationEvent.DueSoon] = [NotificationAudience.Officers],
        [NotificationEvent.Overdue] = [NotificationAudience.Officers],
        [NotificationEvent.SignedAgreementReceived] = [NotificationAudience.Officers],
    };

    public static (NotificationEvent Event, NotificationAudience[] To)? For(RequestTrigger trigger) =>
        OnStep.TryGetValue(trigger, out var rule) ? rule : null;

    /// <summary>
    /// The e-mail of a step on a request of this channel. At the walk-in desk everyone who must act is in the room,
    /// so only the receipt and a product handed over as an e-mailed download link are mailed, to the visitor.
    /// </summary>
    public static (NotificationEvent Event, NotificationAudience[] To)? For(RequestTrigger trigger, Pst.Core.Kernel.SalesChannel channel, Requests.DeskHandover? handover) =>
        channel != Pst.Core.Kernel.SalesChannel.WalkIn ? For(trigger)
        : trigger == RequestTrigger.IssueReceipt ? (NotificationEvent.ReceiptIssued, [NotificationAudience.Customer])
        : trigger is RequestTrigger.Deliver or RequestTrigger.Redeliver && handover == Requests.DeskHandover.EmailLink ? For(trigger)
        : null;

    /// <summary>Which audiences an event goes to (for the template screen).</summary>
    public static IReadOnlyList<NotificationAudience> AudiencesOf(NotificationEvent notification) =>
        Standalone.TryGetValue(notification, out var to) ? to : OnStep.Values.First(r => r.Event == notification).To;
}
