using System.Text.Encodings.Web;
using Microsoft.Extensions.Localization;
using Pst.Data.Outbox;
using Pst.Web.Localization;

namespace Pst.Web.Accounts;

/// <summary>The account e-mails that carry one link (confirm, reset the password, confirm a new address), queued in the outbox.</summary>
public sealed class AccountMail(EmailOutbox outbox, IStringLocalizer<SharedResource> localizer)
{
    /// <param name="instruction">Localisation key with <c>{0}</c> where the link goes.</param>
    public void EnqueueLink(string to, string subject, string instruction, string link)
    {
        var html = $"<p>{HtmlEncoder.Default.Encode(localizer[instruction, ""])}<a href=\"{HtmlEncoder.Default.Encode(link)}\">{HtmlEncoder.Default.Encode(link)}</a></p>";
        outbox.Enqueue(to, localizer[subject], html, localizer[instruction, link]);
    }
}
