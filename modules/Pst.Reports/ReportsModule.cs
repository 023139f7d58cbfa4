using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Pst.Core.Modules;
using Pst.Core.Navigation;
using Pst.Core.Security;
using Pst.Documents;
using Pst.Reports;

[assembly: PstModule(typeof(ReportsModule))]

namespace Pst.Reports;

/// <summary>
/// The supervisor's service reports: whatever sections the enabled modules contribute through
/// <see cref="Pst.Core.Reports.IServiceReport"/>, for a month, quarter, semester or year; on screen with charts, as
/// CSV (a table) and XLSX (the whole report), and as a printable PDF. Part of the core: the unit must be able to
/// show how it keeps the service standard's limits whatever else is switched off.
/// </summary>
public sealed class ReportsModule : IModule
{
    public const string Id = "Pst.Reports";

    public ModuleManifest Manifest { get; } = new(Id, "Reports", "Core", "The supervisor's reports of requests, walk-in visits, PNBP revenue, the satisfaction index and complaints, with CSV, XLSX and PDF.", isCore: true);

    public IEnumerable<Permission> Permissions => [new(ReportsPermissions.View, "See and download the service reports", IsStaff: true)];

    public IEnumerable<NavigationItem> Navigation =>
        [new(NavigationArea.Admin, "Service reports", ReportsAddresses.Report, Order: 145, Permission: ReportsPermissions.View)];

    public void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddScoped<ComposeReport>();
        services.AddDocumentIssuing();
    }
}

public static class ReportsPermissions
{
    public const string View = "reports.view";
}

public static class ReportsAddresses
{
    public const string Report = "/admin/laporan";
}
