using Pst.Documents;
using Microsoft.EntityFrameworkCore;
using Pst.Data;
using Pst.Core.Messaging;
using Pst.Data.Reminders;
using Pst.Ordering.Abstractions;

namespace Pst.Payments.Billings;

/// <summary>Reminds a customer once, a day before it expires, of a billing code not yet paid.</summary>
public sealed class BillingReminders(PstDbContext db, IMessages messages, Pst.Data.Outbox.SiteAddress site, TimeProvider clock) : IReminderJob
{
    public static readonly TimeSpan Ahead = TimeSpan.FromDays(1);

    public async Task<int> SendDueAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var expiring = (await db.Set<Billing>().AsNoTracking().Where(b => b.Status == BillingStatus.Active).ToListAsync(cancellationToken))
            .Where(b => b.ExpiresAt > now && b.ExpiresAt - now <= Ahead)
            .ToList();
        var sent = 0;
        foreach (var billing in expiring)
        {
            var values = new Dictionary<string, object?>
            {
                ["billing"] = new Dictionary<string, object?>
                {
                    ["code"] = BillingSlipDocument.Spaced(billing.Code),
                    ["amount"] = new Pst.Core.Kernel.Rupiah(billing.Amount).ToString(DocumentText.Indonesian),
                    ["expires"] = DocumentText.DateTime(billing.ExpiresAt),
                },
                ["payment"] = PaymentNotifications.PaymentValues(site.Value, PaymentNotifications.PaymentPage, billing.RequestId),
            };
            if (await messages.SendAsync(new SendRequestMail(billing.RequestId, $"billing-expiring/{billing.Code}", PaymentNotifications.BillingExpiring, values), cancellationToken))
            {
                sent++;
            }
        }

        return sent;
    }
}
