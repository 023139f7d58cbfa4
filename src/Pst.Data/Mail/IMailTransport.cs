using MimeKit;

namespace Pst.Data.Mail;

/// <summary>Hands a message to the world: an SMTP server, or a folder of .eml files when none is configured.</summary>
public interface IMailTransport
{
    Task SendAsync(MimeMessage message, CancellationToken cancellationToken);
}
