using MailKit.Net.Smtp;
using MailKit.Security;
using MimeKit;

namespace Pst.Data.Mail;

/// <summary>Sends through the configured SMTP server with MailKit.</summary>
public sealed class SmtpTransport(MailOptions options) : IMailTransport
{
    public async Task SendAsync(MimeMessage message, CancellationToken cancellationToken)
    {
        using var client = new SmtpClient();
        var security = !options.SmtpUseTls ? SecureSocketOptions.None
            : options.SmtpPort == 465 ? SecureSocketOptions.SslOnConnect
            : SecureSocketOptions.StartTlsWhenAvailable;
        await client.ConnectAsync(options.SmtpHost!, options.SmtpPort, security, cancellationToken);
        if (!string.IsNullOrEmpty(options.SmtpUser))
        {
            await client.AuthenticateAsync(options.SmtpUser, options.SmtpPassword ?? "", cancellationToken);
        }

        await client.SendAsync(message, cancellationToken);
        await client.DisconnectAsync(true, cancellationToken);
    }
}
