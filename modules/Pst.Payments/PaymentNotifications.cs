using Pst.Core.Notifications;
using Pst.Ordering.Abstractions;

namespace Pst.Payments;

/// <summary>
/// The e-mails about money, in Indonesian and English: asking for payment when the product is ready, the billing
/// code and its reminder, a transfer proof received or rejected, the payment received, the receipt. Ordering sends
/// them with the request's values; the billing ones also get <c>billing.code</c>, <c>billing.amount</c> and
/// <c>billing.expires</c>, the billing and transfer ones <c>payment.link</c> (the page where the reader acts) and a
/// rejection its <c>reason</c>. Payment asked links each reader to their payment page.
/// </summary>
public sealed class PaymentNotifications : INotificationDefinitions, IRequestStepMails
{
    public const string PaymentRequested = nameof(PaymentRequested);
    public const string BillingIssued = nameof(BillingIssued);
    public const string BillingExpiring = nameof(BillingExpiring);
    public const string PaymentConfirmed = nameof(PaymentConfirmed);
    public const string ReceiptIssued = nameof(ReceiptIssued);

    /// <summary>The treasurer corrected the receipt: the customer gets the new one (<c>receipt.number</c>, replacing <c>receipt.replaces</c>).</summary>
    public const string ReceiptCorrected = nameof(ReceiptCorrected);

    /// <summary>A customer abroad sent a proof of transfer: the treasurers verify it at the payment desk (<c>payment.link</c>).</summary>
    public const string TransferProofReceived = nameof(TransferProofReceived);

    /// <summary>The treasurer rejected a proof: the customer reads why and sends another on the payment page (<c>payment.link</c>).</summary>
    public const string TransferProofRejected = nameof(TransferProofRejected);

    /// <summary>Where the customer pays and the treasurer takes the payment: what the money e-mails link to.</summary>
    public const string PaymentPage = "/permintaan/{0}/pembayaran";

    public const string DeskPage = "/admin/pembayaran/{0}";

    /// <summary>The <c>payment</c> values of a mail: the link to <paramref name="page"/> (<see cref="PaymentPage"/> or <see cref="DeskPage"/>) of the request.</summary>
    public static Dictionary<string, object?> PaymentValues(string site, string page, Guid requestId) =>
        new() { ["link"] = site + string.Format(System.Globalization.CultureInfo.InvariantCulture, page, requestId) };

    /// <summary>The treasurers: the staff holding <see cref="PaymentPermissions.Manage"/>.</summary>
    public static readonly NotificationAudience Treasurers = NotificationAudience.Staff("Treasurers", PaymentPermissions.Manage);

    private static readonly IReadOnlyDictionary<string, object?> BillingValues = new Dictionary<string, object?>
    {
        ["billing"] = new Dictionary<string, object?> { ["code"] = "82026 11240 00123", ["amount"] = "Rp80.000,00", ["expires"] = "1 Desember 2026 pukul 10.00 WIB" },
        ["payment"] = new Dictionary<string, object?> { ["link"] = "https://pst.example/permintaan/…/pembayaran" },
    };

    private static readonly IReadOnlyDictionary<string, object?> ProofValues = new Dictionary<string, object?>
    {
        ["payment"] = new Dictionary<string, object?> { ["link"] = "https://pst.example/permintaan/…/pembayaran" },
    };

    private static readonly IReadOnlyDictionary<string, object?> CorrectionValues = new Dictionary<string, object?>
    {
        ["receipt"] = new Dictionary<string, object?> { ["number"] = "KW-2026-00043", ["replaces"] = "KW-2026-00042" },
    };

    private static readonly IReadOnlyDictionary<string, object?> RejectionValues = new Dictionary<string, object?>(ProofValues) { ["reason"] = "…" };

    public IEnumerable<NotificationDefinition> Notifications { get; } =
    [
        Define(PaymentRequested, [NotificationAudience.Customer, Treasurers], null,
            new("Pembayaran permintaan {{ request.number }}", "Produk permintaan {{ request.number }} sudah siap. Petunjuk pembayaran ada di {{ request.link }}"),
            new("Payment for request {{ request.number }}", "The product of request {{ request.number }} is ready. Payment instructions are at {{ request.link }}")),
        Define(BillingIssued, [NotificationAudience.Customer], BillingValues,
            new("Kode billing permintaan {{ request.number }}", "Yth. {{ customer.name }},\n\nkode billing Anda: {{ billing.code }}, sebesar {{ billing.amount }}, berlaku sampai {{ billing.expires }}. Cara membayarnya ada di {{ payment.link }}"),
            new("Billing code for request {{ request.number }}", "Dear {{ customer.name }},\n\nyour billing code is {{ billing.code }}, for {{ billing.amount }}, valid until {{ billing.expires }}. How to pay it: {{ payment.link }}")),
        Define(BillingExpiring, [NotificationAudience.Customer], BillingValues,
            new("Kode billing {{ request.number }} segera berakhir", "Yth. {{ customer.name }},\n\nkode billing {{ billing.code }} berlaku sampai {{ billing.expires }}. Mohon segera membayar: {{ payment.link }}"),
            new("Billing code for {{ request.number }} expires soon", "Dear {{ customer.name }},\n\nbilling code {{ billing.code }} is valid until {{ billing.expires }}. Please pay soon: {{ payment.link }}")),
        Define(TransferProofReceived, [Treasurers], ProofValues,
            new("Bukti transfer permintaan {{ request.number }}", "{{ customer.name }} mengirim bukti transfer untuk permintaan {{ request.number }}. Periksa dan verifikasi di meja pembayaran:\n{{ payment.link }}"),
            new("Proof of transfer for request {{ request.number }}", "{{ customer.name }} sent a proof of transfer for request {{ request.number }}. Check and verify it at the payment desk:\n{{ payment.link }}")),
        Define(TransferProofRejected, [NotificationAudience.Customer], RejectionValues,
            new("Bukti transfer permintaan {{ request.number }} ditolak", "Yth. {{ customer.name }},\n\nbukti transfer yang Anda kirim untuk permintaan {{ request.number }} tidak dapat kami terima: {{ reason }}\n\nSilakan kirim bukti transfer yang lain di {{ payment.link }}"),
            new("Proof of transfer for request {{ request.number }} not accepted", "Dear {{ customer.name }},\n\nwe could not accept the proof of transfer you sent for request {{ request.number }}: {{ reason }}\n\nPlease send another proof at {{ payment.link }}")),
        Define(PaymentConfirmed, [NotificationAudience.Customer], null,
            new("Pembayaran {{ request.number }} diterima", "Yth. {{ customer.name }},\n\npembayaran permintaan {{ request.number }} sudah kami terima. Terima kasih.\n\n{{ request.link }}"),
            new("Payment for {{ request.number }} received", "Dear {{ customer.name }},\n\nwe received the payment for request {{ request.number }}. Thank you.\n\n{{ request.link }}")),
        Define(ReceiptIssued, [NotificationAudience.Customer, RequestMails.Officers], null,
            new("Kuitansi permintaan {{ request.number }}", "Kuitansi permintaan {{ request.number }} sudah terbit dan produk segera dikirim.\n\n{{ request.link }}"),
            new("Receipt for request {{ request.number }}", "The receipt for request {{ request.number }} is issued and the product will be sent shortly.\n\n{{ request.link }}")),
        Define(ReceiptCorrected, [NotificationAudience.Customer], CorrectionValues,
            new("Kuitansi permintaan {{ request.number }} diperbaiki", "Yth. {{ customer.name }},\n\nkuitansi {{ receipt.number }} menggantikan kuitansi {{ receipt.replaces }}, yang tidak berlaku lagi. Unduh kuitansi yang baru di {{ request.link }}"),
            new("Receipt for request {{ request.number }} corrected", "Dear {{ customer.name }},\n\nreceipt {{ receipt.number }} replaces receipt {{ receipt.replaces }}, which no longer stands. Download the new receipt at {{ request.link }}")),
    ];

    public IEnumerable<RequestStepMail> StepMails { get; } =
    [
        new(RequestTrigger.MarkProductReady, PaymentRequested, CustomerPage: PaymentPage, StaffPage: DeskPage),
        new(RequestTrigger.ConfirmPayment, PaymentConfirmed),
        new(RequestTrigger.IssueReceipt, ReceiptIssued, AtDesk: true),
    ];

    private static NotificationDefinition Define(string key, NotificationAudience[] to, IReadOnlyDictionary<string, object?>? values, TemplateText indonesian, TemplateText english) =>
        NotificationDefinition.Bilingual(key, typeof(PaymentsModule), to, indonesian, english, RequestMails.Example(values));
}
