using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using Pst.Core.Notifications;
using Pst.Data.Notifications;
using Pst.Web.Tests.Infrastructure;

namespace Pst.Web.Tests.Ordering;

/// <summary>
/// The e-mails the modules of the site declare, read from the running site: each module brings its own (the payments
/// module the money ones, the feedback module the complaint ones), every default renders in each language with only the values its module declares, and its
/// name and audiences are translated.
/// </summary>
public sealed partial class SiteNotificationsTests
{
    [Fact]
    public async Task Every_module_declares_its_own_mails_and_each_default_renders_with_only_the_declared_values()
    {
        await using var factory = await PstAppFactory.CreateAsync<SqliteAppFactory>();
        using var scope = factory.Services.CreateScope();
        var catalogue = scope.ServiceProvider.GetRequiredService<NotificationCatalogue>();
        var localizers = scope.ServiceProvider.GetRequiredService<IStringLocalizerFactory>();

        Assert.Equal(
            ["BillingExpiring", "BillingIssued", "PaymentConfirmed", "PaymentRequested", "ReceiptCorrected", "ReceiptIssued", "TransferProofReceived", "TransferProofRejected"],
            catalogue.All.Where(n => n.Module == typeof(Pst.Payments.PaymentsModule)).Select(n => n.Key).Order());
        Assert.Contains(catalogue.All, n => n.Key == "RequestSubmitted" && n.Module == typeof(Pst.Ordering.OrderingModule));
        Assert.Contains(catalogue.Get("PaymentRequested").To, a => a.Permission == "payments.manage");
        Assert.Equal(5, catalogue.All.Count(n => n.Module == typeof(Pst.Feedback.FeedbackModule)));

        var faults = new List<string>();
        foreach (var notification in catalogue.All)
        {
            foreach (var language in NotificationDefinition.Languages)
            {
                var template = notification.DefaultIn(language);
                var undeclared = ValueName().Matches(template.Subject + template.Body).Select(m => m.Groups[1].Value).Except(notification.ValueNames).ToList();
                if (undeclared.Count > 0)
                {
                    faults.Add($"{notification.Key}/{language} uses {string.Join(", ", undeclared)}");
                }

                var mail = await TemplateRenderer.RenderAsync(template, notification.Example);
                if (mail.Text.Contains("{{", StringComparison.Ordinal) || !mail.Text.Contains("https://pst.example/", StringComparison.Ordinal))
                {
                    faults.Add($"{notification.Key}/{language} does not render, or gives no link to where the reader acts");
                }

                if (notification.ValueNames.Contains("request.number") && !(mail.Subject + mail.Text).Contains("PST-2026-00042", StringComparison.Ordinal))
                {
                    faults.Add($"{notification.Key}/{language} does not name the request");
                }

                var previous = CultureInfo.CurrentUICulture;
                CultureInfo.CurrentUICulture = new CultureInfo(language);
                try
                {
                    var text = localizers.Create(notification.Module);
                    faults.AddRange(notification.To.Select(a => "NotificationAudience." + a.Name).Prepend("NotificationEvent." + notification.Key)
                        .Where(key => text[key].ResourceNotFound)
                        .Select(key => $"{notification.Key}: \"{key}\" has no text in {language}"));
                }
                finally
                {
                    CultureInfo.CurrentUICulture = previous;
                }
            }
        }

        Assert.True(faults.Count == 0, string.Join("\n", faults));
    }

    [GeneratedRegex(@"\{\{\s*([a-z_.]+)\s*\}\}")]
    private static partial Regex ValueName();
}
