using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Pst.Core.Modules;
using Pst.Core.Navigation;
using Pst.Core.Security;
using Pst.Core.Settings;
using Pst.Data;
using Pst.Documents;
using Pst.Ordering.Abstractions;
using Pst.Payments;
using Pst.Payments.Billings;
using Pst.Payments.Persistence;
using Pst.Payments.Receipts;
using Pst.Payments.Settling;

[assembly: PstModule(typeof(PaymentsModule))]

namespace Pst.Payments;

/// <summary>Payment of requests (PNBP): billing codes, transfers from abroad, confirmation and receipts.</summary>
public sealed class PaymentsModule : IModule
{
    public const string Id = "Pst.Payments";

    public ModuleManifest Manifest { get; } = new(Id, "Payments", "Sales", "Billing codes through SIMPONI (simulated or by hand), transfers from abroad, payment confirmation and receipts.", dependencies: [OrderingContract.ModuleId]);

    public IEnumerable<Permission> Permissions => PaymentPermissions.All;

    public IEnumerable<NavigationItem> Navigation =>
    [
        new(NavigationArea.Admin, "Payments", "/admin/pembayaran", Order: 110, Permission: PaymentPermissions.Manage),
        new(NavigationArea.Admin, "SIMPONI simulator", "/admin/simponi", Order: 120, Permission: PaymentPermissions.Manage),
        new(NavigationArea.Admin, "Payment settings", "/admin/pembayaran/pengaturan", Order: 125, Permission: PaymentPermissions.Settings),
    ];

    public void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<IEntityModelContributor, PaymentsModel>();
        services.AddDocumentIssuing();
        services.AddSingleton<ISettingDefinition, PaymentSettingDefinition>();
        services.AddScoped<SimponiSimulator>();
        services.AddScoped<ManualBillingGateway>();
        services.AddScoped<BillingGateways>();
        services.AddScoped<PaymentRecords>();
        services.AddScoped<ReadPayments>();
        services.AddScoped<IssueBilling>();
        services.AddScoped<ConfirmPayment>();
        services.AddScoped<TransferProofs>();
        services.AddScoped<IssueReceipt>();
        services.AddScoped<Pst.Core.Reports.IServiceReport, Reports.RevenueReport>();
        services.AddScoped<TakeCash>();
        services.AddScoped<Pst.Data.Reminders.IReminderJob, BillingReminders>();
        services.AddScoped<IRequestLinks, PaymentLinks>();
        services.AddScoped<IRequestStepCondition, TransferAccountRequired>();
        services.AddScoped<IIssuedFileLabels, PaymentFiles>();
        services.AddSingleton<PaymentNotifications>();
        services.AddSingleton<Pst.Core.Notifications.INotificationDefinitions>(sp => sp.GetRequiredService<PaymentNotifications>());
        services.AddSingleton<IRequestStepMails>(sp => sp.GetRequiredService<PaymentNotifications>());
    }
}

/// <summary>What the payment pages check.</summary>
public static class PaymentPermissions
{
    /// <summary>Held by the treasurers; the payment e-mails address them by it.</summary>
    public const string Manage = "payments.manage";

    /// <summary>Held by administrators: the billing mode, a billing code's validity and the account for transfers from abroad.</summary>
    public const string Settings = "payments.settings";

    public static IReadOnlyList<Permission> All { get; } =
    [
        new(Manage, "Issue billing codes, confirm payments and issue receipts", IsStaff: true),
        new(Settings, "Set the billing mode and the account for transfers from abroad", IsStaff: true),
    ];
}
