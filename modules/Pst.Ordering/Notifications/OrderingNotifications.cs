using Pst.Core.Notifications;

namespace Pst.Ordering.Notifications;

/// <summary>
/// The e-mails of a request's lifecycle, in Indonesian and English, and the steps that send them: one e-mail per step,
/// to the people who must act next (DESIGN.md section 5). Money has its own e-mails, declared by the payments module.
/// </summary>
internal sealed class OrderingNotifications : INotificationDefinitions, IRequestStepMails
{
    public const string RequestSubmitted = nameof(RequestSubmitted);
    public const string DocumentsReturned = nameof(DocumentsReturned);
    public const string DocumentsResubmitted = nameof(DocumentsResubmitted);
    public const string RequestCancelled = nameof(RequestCancelled);
    public const string OfferIssued = nameof(OfferIssued);
    public const string OfferCorrectionRequested = nameof(OfferCorrectionRequested);
    public const string OfferCorrectionAnswered = nameof(OfferCorrectionAnswered);
    public const string OfferAccepted = nameof(OfferAccepted);
    public const string ProductDelivered = nameof(ProductDelivered);
    public const string ProductRedelivered = nameof(ProductRedelivered);
    public const string ProductCorrectionRequested = nameof(ProductCorrectionRequested);
    public const string RequestCompleted = nameof(RequestCompleted);
    public const string DueSoon = nameof(DueSoon);
    public const string Overdue = nameof(Overdue);

    /// <summary>The customer sent the scan of the signed data-use agreement: the officer checks it.</summary>
    public const string SignedAgreementReceived = nameof(SignedAgreementReceived);

    private static readonly IReadOnlyDictionary<string, object?> Reason = new Dictionary<string, object?> { ["reason"] = "…" };
    private static readonly IReadOnlyDictionary<string, object?> DueDate = new Dictionary<string, object?> { ["due_date"] = "30 Maret 2026" };
    private static readonly NotificationAudience[] Customer = [NotificationAudience.Customer];
    private static readonly NotificationAudience[] Officers = [RequestMails.Officers];

    public IEnumerable<NotificationDefinition> Notifications { get; } =
    [
        Define(RequestSubmitted, Officers, null,
            new("Permintaan baru {{ request.number }}", "Permintaan {{ request.number }} dari {{ customer.name }} sudah diajukan. Periksa dokumennya:\n{{ request.link }}"),
            new("New request {{ request.number }}", "Request {{ request.number }} from {{ customer.name }} has been sent. Check its documents:\n{{ request.link }}")),
        Define(DocumentsReturned, Customer, Reason,
            new("Dokumen permintaan {{ request.number }} perlu diperbaiki", "Yth. {{ customer.name }},\n\npetugas mengembalikan permintaan {{ request.number }} untuk perbaikan dokumen: {{ reason }}\n\nUnggah kembali dokumen yang ditolak di {{ request.link }}"),
            new("Documents of request {{ request.number }} need correcting", "Dear {{ customer.name }},\n\nthe officer returned request {{ request.number }} for document corrections: {{ reason }}\n\nUpload the rejected documents again at {{ request.link }}")),
        Define(DocumentsResubmitted, Officers, null,
            new("Dokumen perbaikan {{ request.number }}", "{{ customer.name }} mengirim dokumen perbaikan untuk permintaan {{ request.number }}. Periksa kembali:\n{{ request.link }}"),
            new("Corrected documents for {{ request.number }}", "{{ customer.name }} sent corrected documents for request {{ request.number }}. Check them again:\n{{ request.link }}")),
        Define(RequestCancelled, Customer, Reason,
            new("Permintaan {{ request.number }} dibatalkan", "Yth. {{ customer.name }},\n\npermintaan {{ request.number }} dibatalkan oleh petugas: {{ reason }}\n\n{{ request.link }}"),
            new("Request {{ request.number }} is cancelled", "Dear {{ customer.name }},\n\nthe officer cancelled request {{ request.number }}: {{ reason }}\n\n{{ request.link }}")),
        Define(OfferIssued, Customer, null,
            new("Invoice permintaan {{ request.number }}", "Yth. {{ customer.name }},\n\ninvoice permintaan {{ request.number }} sudah terbit. Periksa dan setujui, atau minta perbaikan, di {{ request.link }}"),
            new("Invoice for request {{ request.number }}", "Dear {{ customer.name }},\n\nthe invoice for request {{ request.number }} is issued. Check it and accept it, or ask for a correction, at {{ request.link }}")),
        Define(OfferCorrectionRequested, Officers, Reason,
            new("Permintaan perbaikan invoice {{ request.number }}", "{{ customer.name }} meminta perbaikan pada permintaan {{ request.number }}: {{ reason }}\n\n{{ request.link }}"),
            new("Invoice correction asked for {{ request.number }}", "{{ customer.name }} asks for a correction on request {{ request.number }}: {{ reason }}\n\n{{ request.link }}")),
        Define(OfferCorrectionAnswered, Customer, Reason,
            new("Tanggapan perbaikan permintaan {{ request.number }}", "Yth. {{ customer.name }},\n\npetugas menanggapi permintaan perbaikan Anda: {{ reason }}\n\nPeriksa kembali di {{ request.link }}"),
            new("Your correction on request {{ request.number }} is answered", "Dear {{ customer.name }},\n\nthe officer answered your correction request: {{ reason }}\n\nCheck again at {{ request.link }}")),
        Define(OfferAccepted, Officers, null,
            new("Invoice {{ request.number }} disetujui", "{{ customer.name }} menyetujui invoice permintaan {{ request.number }}. Siapkan produknya:\n{{ request.link }}"),
            new("Invoice {{ request.number }} accepted", "{{ customer.name }} accepted the invoice of request {{ request.number }}. Prepare the product:\n{{ request.link }}")),
        Define(ProductDelivered, Customer, null,
            new("Produk permintaan {{ request.number }} siap diunduh", "Yth. {{ customer.name }},\n\nproduk permintaan {{ request.number }} siap diunduh. Periksa dan terima, atau minta perbaikan, di {{ request.link }}"),
            new("The product of request {{ request.number }} is ready to download", "Dear {{ customer.name }},\n\nthe product of request {{ request.number }} is ready to download. Check it and accept it, or ask for a correction, at {{ request.link }}")),
        Define(ProductRedelivered, Customer, Reason,
            new("Produk perbaikan permintaan {{ request.number }} siap diunduh", "Yth. {{ customer.name }},\n\npetugas menjawab permintaan perbaikan Anda: {{ reason }}\n\nProduk perbaikan siap diunduh. Periksa dan terima, atau minta perbaikan lagi, di {{ request.link }}"),
            new("The corrected product of request {{ request.number }} is ready to download", "Dear {{ customer.name }},\n\nthe officer answered your correction request: {{ reason }}\n\nThe corrected product is ready to download. Check it and accept it, or ask for another correction, at {{ request.link }}")),
        Define(ProductCorrectionRequested, Officers, Reason,
            new("Perbaikan produk {{ request.number }}", "{{ customer.name }} meminta perbaikan produk permintaan {{ request.number }}: {{ reason }}\n\n{{ request.link }}"),
            new("Product correction for {{ request.number }}", "{{ customer.name }} asks for a correction of the product of request {{ request.number }}: {{ reason }}\n\n{{ request.link }}")),
        Define(RequestCompleted, Customer, null,
            new("Permintaan {{ request.number }} selesai", "Yth. {{ customer.name }},\n\nterima kasih. Permintaan {{ request.number }} selesai; mohon beri penilaian atas layanan kami di {{ request.link }}"),
            new("Request {{ request.number }} completed", "Dear {{ customer.name }},\n\nthank you. Request {{ request.number }} is completed; please rate our service at {{ request.link }}")),
        Define(DueSoon, Officers, DueDate,
            new("Permintaan {{ request.number }} jatuh tempo {{ due_date }}", "Permintaan {{ request.number }} ({{ request.state }}) harus selesai paling lambat {{ due_date }}.\n\n{{ request.link }}"),
            new("Request {{ request.number }} is due {{ due_date }}", "Request {{ request.number }} ({{ request.state }}) must be served by {{ due_date }}.\n\n{{ request.link }}")),
        Define(Overdue, Officers, DueDate,
            new("Permintaan {{ request.number }} melewati batas waktu", "Permintaan {{ request.number }} ({{ request.state }}) melewati batas waktu {{ due_date }}.\n\n{{ request.link }}"),
            new("Request {{ request.number }} is overdue", "Request {{ request.number }} ({{ request.state }}) was due on {{ due_date }}.\n\n{{ request.link }}")),
        Define(SignedAgreementReceived, Officers, null,
            new("Surat perjanjian bertanda tangan {{ request.number }}", "{{ customer.name }} mengirim pindaian surat perjanjian penggunaan data yang sudah ditandatangani untuk permintaan {{ request.number }}. Periksa dan catat penerimaannya:\n{{ request.link }}"),
            new("Signed agreement for {{ request.number }}", "{{ customer.name }} sent the scan of the signed data-use agreement for request {{ request.number }}. Check it and record its receipt:\n{{ request.link }}")),
    ];

    public IEnumerable<RequestStepMail> StepMails { get; } =
    [
        new(RequestTrigger.Submit, RequestSubmitted),
        new(RequestTrigger.ReturnForRevision, DocumentsReturned),
        new(RequestTrigger.Resubmit, DocumentsResubmitted),
        new(RequestTrigger.Cancel, RequestCancelled),
        new(RequestTrigger.IssueOffer, OfferIssued),
        new(RequestTrigger.RequestOfferCorrection, OfferCorrectionRequested),
        new(RequestTrigger.AnswerOfferCorrection, OfferCorrectionAnswered),
        new(RequestTrigger.AcceptOffer, OfferAccepted),
        new(RequestTrigger.Deliver, ProductDelivered),
        new(RequestTrigger.Redeliver, ProductRedelivered),
        new(RequestTrigger.RequestProductCorrection, ProductCorrectionRequested),
        new(RequestTrigger.AcceptProduct, RequestCompleted),
    ];

    private static NotificationDefinition Define(string key, NotificationAudience[] to, IReadOnlyDictionary<string, object?>? values, TemplateText indonesian, TemplateText english) =>
        NotificationDefinition.Bilingual(key, typeof(OrderingModule), to, indonesian, english, RequestMails.Example(values));
}
