namespace Pst.Data.Mail;

/// <summary>Configuration section <c>Mail</c>.</summary>
public sealed class MailOptions
{
    public string From { get; set; } = "PST BPS Provinsi Jawa Tengah <noreply@localhost>";

    public string MessageIdDomain { get; set; } = "pst.localhost";

    /// <summary>SMTP host; when empty, messages are written as .eml files to <see cref="PickupDirectory"/>.</summary>
    public string? SmtpHost { get; set; }

    public int SmtpPort { get; set; } = 587;

    public string? SmtpUser { get; set; }

    public string? SmtpPassword { get; set; }

    /// <summary>Use STARTTLS when the server offers it (or TLS on port 465).</summary>
    public bool SmtpUseTls { get; set; } = true;

    public string PickupDirectory { get; set; } = "App_Data/mail";

    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(5);
}
