namespace Pst.Ordering.Notifications;

/// <summary>A template as written: subject and body in Liquid.</summary>
internal sealed record TemplateText(string Subject, string Body);

/// <summary>
/// The templates the site starts with, in Indonesian and English, until an administrator changes them. They may use
/// <c>request.number</c>, <c>request.link</c>, <c>request.state</c>, <c>customer.name</c>, <c>reason</c>,
/// <c>due_date</c>, <c>billing.code</c>, <c>billing.amount</c> and <c>billing.expires</c>.
/// </summary>
internal static class DefaultTemplates
{
    public static readonly IReadOnlyList<string> Languages = ["id", "en"];

    private static readonly Dictionary<(NotificationEvent, string), TemplateText> Texts = new()
    {
        [(NotificationEvent.RequestSubmitted, "id")] = new("Permintaan baru {{ request.number }}", "Permintaan {{ request.number }} dari {{ customer.name }} sudah diajukan. Periksa dokumennya:\n{{ request.link }}"),
        [(NotificationEvent.RequestSubmitted, "en")] = new("New request {{ request.number }}", "Request {{ request.number }} from {{ customer.name }} has been sent. Check its documents:\n{{ request.link }}"),
        [(NotificationEvent.DocumentsReturned, "id")] = new("Dokumen permintaan {{ request.number }} perlu diperbaiki", "Yth. {{ customer.name }},\n\npetugas mengembalikan permintaan {{ request.number }} untuk perbaikan dokumen: {{ reason }}\n\nUnggah kembali dokumen yang ditolak di {{ request.link }}"),
        [(NotificationEvent.DocumentsReturned, "en")] = new("Documents of request {{ request.number }} need correcting", "Dear {{ customer.name }},\n\nthe officer returned request {{ request.number }} for document corrections: {{ reason }}\n\nUpload the rejected documents again at {{ request.link }}"),
        [(NotificationEvent.DocumentsResubmitted, "id")] = new("Dokumen perbaikan {{ request.number }}", "{{ customer.name }} mengirim dokumen perbaikan untuk permintaan {{ request.number }}. Periksa kembali:\n{{ request.link }}"),
        [(NotificationEvent.DocumentsResubmitted, "en")] = new("Corrected documents for {{ request.number }}", "{{ customer.name }} sent corrected documents for request {{ request.number }}. Check them again:\n{{ request.link }}"),
        [(NotificationEvent.RequestCancelled, "id")] = new("Permintaan {{ request.number }} dibatalkan", "Yth. {{ customer.name }},\n\npermintaan {{ request.number }} dibatalkan oleh petugas: {{ reason }}\n\n{{ request.link }}"),
        [(NotificationEvent.RequestCancelled, "en")] = new("Request {{ request.number }} is cancelled", "Dear {{ customer.name }},\n\nthe officer cancelled request {{ request.number }}: {{ reason }}\n\n{{ request.link }}"),
        [(NotificationEvent.OfferIssued, "id")] = new("Invoice permintaan {{ request.number }}", "Yth. {{ customer.name }},\n\ninvoice permintaan {{ request.number }} sudah terbit. Periksa dan setujui, atau minta perbaikan, di {{ request.link }}"),
        [(NotificationEvent.OfferIssued, "en")] = new("Invoice for request {{ request.number }}", "Dear {{ customer.name }},\n\nthe invoice for request {{ request.number }} is issued. Check it and accept it, or ask for a correction, at {{ request.link }}"),
        [(NotificationEvent.OfferCorrectionRequested, "id")] = new("Permintaan perbaikan invoice {{ request.number }}", "{{ customer.name }} meminta perbaikan pada permintaan {{ request.number }}: {{ reason }}\n\n{{ request.link }}"),
        [(NotificationEvent.OfferCorrectionRequested, "en")] = new("Invoice correction asked for {{ request.number }}", "{{ customer.name }} asks for a correction on request {{ request.number }}: {{ reason }}\n\n{{ request.link }}"),
        [(NotificationEvent.OfferCorrectionAnswered, "id")] = new("Tanggapan perbaikan permintaan {{ request.number }}", "Yth. {{ customer.name }},\n\npetugas menanggapi permintaan perbaikan Anda: {{ reason }}\n\nPeriksa kembali di {{ request.link }}"),
        [(NotificationEvent.OfferCorrectionAnswered, "en")] = new("Your correction on request {{ request.number }} is answered", "Dear {{ customer.name }},\n\nthe officer answered your correction request: {{ reason }}\n\nCheck again at {{ request.link }}"),
        [(NotificationEvent.OfferAccepted, "id")] = new("Invoice {{ request.number }} disetujui", "{{ customer.name }} menyetujui invoice permintaan {{ request.number }}. Siapkan produknya:\n{{ request.link }}"),
        [(NotificationEvent.OfferAccepted, "en")] = new("Invoice {{ request.number }} accepted", "{{ customer.name }} accepted the invoice of request {{ request.number }}. Prepare the product:\n{{ request.link }}"),
        [(NotificationEvent.PaymentRequested, "id")] = new("Pembayaran permintaan {{ request.number }}", "Produk permintaan {{ request.number }} sudah siap. Petunjuk pembayaran ada di {{ request.link }}"),
        [(NotificationEvent.PaymentRequested, "en")] = new("Payment for request {{ request.number }}", "The product of request {{ request.number }} is ready. Payment instructions are at {{ request.link }}"),
        [(NotificationEvent.BillingIssued, "id")] = new("Kode billing permintaan {{ request.number }}", "Yth. {{ customer.name }},\n\nkode billing Anda: {{ billing.code }}, sebesar {{ billing.amount }}, berlaku sampai {{ billing.expires }}.\n\n{{ request.link }}"),
        [(NotificationEvent.BillingIssued, "en")] = new("Billing code for request {{ request.number }}", "Dear {{ customer.name }},\n\nyour billing code is {{ billing.code }}, for {{ billing.amount }}, valid until {{ billing.expires }}.\n\n{{ request.link }}"),
        [(NotificationEvent.BillingExpiring, "id")] = new("Kode billing {{ request.number }} segera berakhir", "Yth. {{ customer.name }},\n\nkode billing {{ billing.code }} berlaku sampai {{ billing.expires }}. Mohon segera membayar.\n\n{{ request.link }}"),
        [(NotificationEvent.BillingExpiring, "en")] = new("Billing code for {{ request.number }} expires soon", "Dear {{ customer.name }},\n\nbilling code {{ billing.code }} is valid until {{ billing.expires }}. Please pay soon.\n\n{{ request.link }}"),
        [(NotificationEvent.PaymentConfirmed, "id")] = new("Pembayaran {{ request.number }} diterima", "Yth. {{ customer.name }},\n\npembayaran permintaan {{ request.number }} sudah kami terima. Terima kasih.\n\n{{ request.link }}"),
        [(NotificationEvent.PaymentConfirmed, "en")] = new("Payment for {{ request.number }} received", "Dear {{ customer.name }},\n\nwe received the payment for request {{ request.number }}. Thank you.\n\n{{ request.link }}"),
        [(NotificationEvent.ReceiptIssued, "id")] = new("Kuitansi permintaan {{ request.number }}", "Kuitansi permintaan {{ request.number }} sudah terbit dan produk segera dikirim.\n\n{{ request.link }}"),
        [(NotificationEvent.ReceiptIssued, "en")] = new("Receipt for request {{ request.number }}", "The receipt for request {{ request.number }} is issued and the product will be sent shortly.\n\n{{ request.link }}"),
        [(NotificationEvent.ProductDelivered, "id")] = new("Produk permintaan {{ request.number }} siap diunduh", "Yth. {{ customer.name }},\n\nproduk permintaan {{ request.number }} siap diunduh. Periksa dan terima, atau minta perbaikan, di {{ request.link }}"),
        [(NotificationEvent.ProductDelivered, "en")] = new("The product of request {{ request.number }} is ready to download", "Dear {{ customer.name }},\n\nthe product of request {{ request.number }} is ready to download. Check it and accept it, or ask for a correction, at {{ request.link }}"),
        [(NotificationEvent.ProductCorrectionRequested, "id")] = new("Perbaikan produk {{ request.number }}", "{{ customer.name }} meminta perbaikan produk permintaan {{ request.number }}: {{ reason }}\n\n{{ request.link }}"),
        [(NotificationEvent.ProductCorrectionRequested, "en")] = new("Product correction for {{ request.number }}", "{{ customer.name }} asks for a correction of the product of request {{ request.number }}: {{ reason }}\n\n{{ request.link }}"),
        [(NotificationEvent.RequestCompleted, "id")] = new("Permintaan {{ request.number }} selesai", "Yth. {{ customer.name }},\n\nterima kasih. Permintaan {{ request.number }} selesai; mohon beri penilaian atas layanan kami di {{ request.link }}"),
        [(NotificationEvent.RequestCompleted, "en")] = new("Request {{ request.number }} completed", "Dear {{ customer.name }},\n\nthank you. Request {{ request.number }} is completed; please rate our service at {{ request.link }}"),
        [(NotificationEvent.DueSoon, "id")] = new("Permintaan {{ request.number }} jatuh tempo {{ due_date }}", "Permintaan {{ request.number }} ({{ request.state }}) harus selesai paling lambat {{ due_date }}.\n\n{{ request.link }}"),
        [(NotificationEvent.DueSoon, "en")] = new("Request {{ request.number }} is due {{ due_date }}", "Request {{ request.number }} ({{ request.state }}) must be served by {{ due_date }}.\n\n{{ request.link }}"),
        [(NotificationEvent.Overdue, "id")] = new("Permintaan {{ request.number }} melewati batas waktu", "Permintaan {{ request.number }} ({{ request.state }}) melewati batas waktu {{ due_date }}.\n\n{{ request.link }}"),
        [(NotificationEvent.SignedAgreementReceived, "id")] = new("Surat perjanjian bertanda tangan {{ request.number }}", "{{ customer.name }} mengirim pindaian surat perjanjian penggunaan data yang sudah ditandatangani untuk permintaan {{ request.number }}. Periksa dan catat penerimaannya:\n{{ request.link }}"),
        [(NotificationEvent.SignedAgreementReceived, "en")] = new("Signed agreement for {{ request.number }}", "{{ customer.name }} sent the scan of the signed data-use agreement for request {{ request.number }}. Check it and record its receipt:\n{{ request.link }}"),
        [(NotificationEvent.Overdue, "en")] = new("Request {{ request.number }} is overdue", "Request {{ request.number }} ({{ request.state }}) was due on {{ due_date }}.\n\n{{ request.link }}"),
    };

    public static TemplateText For(NotificationEvent notification, string language) =>
        Texts.TryGetValue((notification, language), out var text) ? text : Texts[(notification, "id")];
}
