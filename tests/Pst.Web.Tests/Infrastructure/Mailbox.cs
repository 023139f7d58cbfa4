using MimeKit;

namespace Pst.Web.Tests.Infrastructure;

/// <summary>Reads the .eml files the site's outbox writes, waiting for the background sender.</summary>
internal static partial class Mailbox
{
    /// <param name="subject">When given, only a message with this subject counts (an address may get several).</param>
    public static async Task<MimeMessage> WaitForAsync(string directory, string to, string? subject = null)
    {
        for (var i = 0; i < 100; i++)
        {
            if (Directory.Exists(directory))
            {
                foreach (var file in Directory.GetFiles(directory, "*.eml"))
                {
                    var message = await MimeMessage.LoadAsync(file);
                    if (message.To.Mailboxes.Any(m => m.Address == to) && (subject is null || message.Subject == subject))
                    {
                        return message;
                    }
                }
            }

            await Task.Delay(100);
        }

        throw new TimeoutException($"No e-mail to {to}{(subject is null ? "" : $" about '{subject}'")} arrived in {directory}.");
    }

    /// <summary>Waits until <paramref name="count"/> messages to the address with the subject have arrived; returns them all.</summary>
    public static async Task<IReadOnlyList<MimeMessage>> WaitForAllAsync(string directory, string to, string subject, int count)
    {
        var found = new List<MimeMessage>();
        for (var i = 0; i < 100 && found.Count < count; i++, await Task.Delay(100))
        {
            found.Clear();
            foreach (var file in Directory.Exists(directory) ? Directory.GetFiles(directory, "*.eml") : [])
            {
                var message = await MimeMessage.LoadAsync(file);
                if (message.To.Mailboxes.Any(m => m.Address == to) && message.Subject == subject)
                {
                    found.Add(message);
                }
            }
        }

        return found.Count >= count ? found : throw new TimeoutException($"{found.Count} of {count} e-mails to {to} about '{subject}' arrived in {directory}.");
    }

    /// <summary>The path and query of the first link in the message's text.</summary>
    public static string LinkIn(MimeMessage message) => new Uri(LinkPattern().Match(message.TextBody!).Value).PathAndQuery;

    [System.Text.RegularExpressions.GeneratedRegex(@"https?://\S+")]
    private static partial System.Text.RegularExpressions.Regex LinkPattern();
}
