using Pst.Core.Notifications;

namespace Pst.Feedback.Complaints;

/// <summary>
/// The e-mails about complaints, in Indonesian and English: a new complaint to everyone who handles complaints, and
/// the reminders of its two limits (the first response, then settling it), before each passes and once it has, to
/// the officer it is assigned to or else the office's address.
/// </summary>
public sealed class ComplaintNotifications : INotificationDefinitions
{
    public const string ComplaintReceived = nameof(ComplaintReceived);

    /// <summary>The complaint handlers: the staff holding <see cref="FeedbackPermissions.HandleComplaints"/>.</summary>
    public static readonly NotificationAudience Handlers = NotificationAudience.Staff("ComplaintHandlers", FeedbackPermissions.HandleComplaints);

    /// <summary>The officer a complaint is assigned to, or the office's address while nobody has taken it on.</summary>
    public static readonly NotificationAudience Assignee = new("ComplaintAssignee", null);

    private static readonly IReadOnlyDictionary<string, object?> Example = new Dictionary<string, object?>
    {
        ["complaint"] = new Dictionary<string, object?>
        {
            ["number"] = "PGD-2026-00007",
            ["category"] = "…",
            ["channel"] = "…",
            ["description"] = "…",
            ["link"] = "https://pst.example/admin/pengaduan/…",
        },
        ["due_date"] = "10 Desember 2026",
    };

    /// <summary>The reminder of a limit (<c>first-response</c>, <c>resolution</c>) coming (<c>soon</c>) or passed (<c>overdue</c>).</summary>
    public static string ReminderOf(string limit, bool overdue) =>
        (limit, overdue) switch
        {
            ("first-response", false) => "ComplaintFirstResponseDueSoon",
            ("first-response", true) => "ComplaintFirstResponseOverdue",
            ("resolution", false) => "ComplaintResolutionDueSoon",
            _ => "ComplaintResolutionOverdue",
        };

    public IEnumerable<NotificationDefinition> Notifications { get; } =
    [
        Define(ComplaintReceived, Handlers,
            new("Pengaduan baru {{ complaint.number }}: {{ complaint.category }}", "Pengaduan masuk melalui {{ complaint.channel }}. Tanggapi dalam batas waktunya:\n{{ complaint.link }}\n\n{{ complaint.description }}"),
            new("New complaint {{ complaint.number }}: {{ complaint.category }}", "A complaint came in through {{ complaint.channel }}. Answer it within its time limit:\n{{ complaint.link }}\n\n{{ complaint.description }}")),
        Reminder("ComplaintFirstResponseDueSoon",
            new("Pengaduan {{ complaint.number }}: tanggapan pertama jatuh tempo {{ due_date }}", "Pengaduan {{ complaint.number }}: tanggapan pertama jatuh tempo {{ due_date }}."),
            new("Complaint {{ complaint.number }}: the first response is due on {{ due_date }}", "Complaint {{ complaint.number }}: the first response is due on {{ due_date }}.")),
        Reminder("ComplaintFirstResponseOverdue",
            new("Pengaduan {{ complaint.number }}: tanggapan pertama sudah lewat batas {{ due_date }}", "Pengaduan {{ complaint.number }}: tanggapan pertama sudah lewat batas {{ due_date }}."),
            new("Complaint {{ complaint.number }}: the first response was due on {{ due_date }}", "Complaint {{ complaint.number }}: the first response was due on {{ due_date }}.")),
        Reminder("ComplaintResolutionDueSoon",
            new("Pengaduan {{ complaint.number }}: penyelesaian jatuh tempo {{ due_date }}", "Pengaduan {{ complaint.number }}: penyelesaian jatuh tempo {{ due_date }}."),
            new("Complaint {{ complaint.number }}: settling it is due on {{ due_date }}", "Complaint {{ complaint.number }}: settling it is due on {{ due_date }}.")),
        Reminder("ComplaintResolutionOverdue",
            new("Pengaduan {{ complaint.number }}: penyelesaian sudah lewat batas {{ due_date }}", "Pengaduan {{ complaint.number }}: penyelesaian sudah lewat batas {{ due_date }}."),
            new("Complaint {{ complaint.number }}: settling it was due on {{ due_date }}", "Complaint {{ complaint.number }}: settling it was due on {{ due_date }}.")),
    ];

    /// <summary>A reminder's text: its first line, the complaint, and the link that opens it.</summary>
    private static NotificationDefinition Reminder(string key, TemplateText indonesian, TemplateText english) =>
        Define(key, Assignee, indonesian with { Body = indonesian.Body + "\n\n{{ complaint.description }}\n\n{{ complaint.link }}" }, english with { Body = english.Body + "\n\n{{ complaint.description }}\n\n{{ complaint.link }}" });

    private static NotificationDefinition Define(string key, NotificationAudience to, TemplateText indonesian, TemplateText english) =>
        NotificationDefinition.Bilingual(key, typeof(FeedbackModule), [to], indonesian, english, Example);
}
