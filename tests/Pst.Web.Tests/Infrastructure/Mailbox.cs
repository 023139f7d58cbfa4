using MimeKit;

namespace Pst.Web.Tests.Infrastructure;

/// <summary>Reads the .eml files the site's outbox writes, waiting for the background sender.</summary>
internal static class Mailbox
{
    public static async Task<MimeMessage> WaitForAsync(string directory, string to)
    {
        for (var i = 0; i < 100; i++)
        {
            if (Directory.Exists(directory))
            {
                foreach (var file in Directory.GetFiles(directory, "*.eml"))
                {
                    var message = await MimeMessage.LoadAsync(file);
                    if (message.To.Mailboxes.Any(m => m.Address == to))
                    {
                        return message;
                    }
                }
            }

            await Task.Delay(100);
        }

        throw new TimeoutException($"No e-mail to {to} arrived in {directory}.");
    }
}
