using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Pst.Core.Modules;
using Pst.Core.Navigation;
using Pst.Core.Recipes;
using Pst.Core.Security;
using Pst.Data;
using Pst.Ordering.Abstractions;
using Pst.WalkIn;
using Pst.WalkIn.Desks;
using Pst.WalkIn.Visits;
using Pst.WalkIn.Display;
using Pst.WalkIn.Persistence;
using Pst.WalkIn.Queue;

[assembly: PstModule(typeof(WalkInModule))]

namespace Pst.WalkIn;

/// <summary>Visitors at the office: services and counters, queue tickets from the kiosk, the counters' console, the 10-minute standard.</summary>
public sealed class WalkInModule : IModule
{
    public const string Id = "Pst.WalkIn";

    /// <summary>The rate limit of ticket issuing, per device (client address).</summary>
    public const string KioskRateLimit = "walkin-kiosk";

    public ModuleManifest Manifest { get; } = new(Id, "Walk-in visits", "Sales", "Queue tickets at the kiosk, counters calling them, the guest book, requests at the desk, and the 10-minute waiting standard.", dependencies: [OrderingContract.ModuleId]);

    public IEnumerable<Permission> Permissions => WalkInPermissions.All;

    public IEnumerable<NavigationItem> Navigation =>
    [
        new(NavigationArea.Public, "Queue number", "/antrian", Order: 30),
        new(NavigationArea.Admin, "Queue console", "/admin/antrian", Order: 80, Permission: WalkInPermissions.CallTickets),
        new(NavigationArea.Admin, "Queue report", "/admin/antrian/laporan", Order: 85, Permission: WalkInPermissions.Supervise),
        new(NavigationArea.Admin, "Guest book", "/admin/buku-tamu", Order: 82, Permission: WalkInPermissions.CallTickets),
        new(NavigationArea.Admin, "Counters and services", "/admin/antrian/pengaturan", Order: 86, Permission: WalkInPermissions.Manage),
    ];

    public void MapEndpoints(IEndpointRouteBuilder endpoints) => endpoints.MapHub<QueueHub>(QueueHub.Path);

    public void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<IEntityModelContributor, WalkInModel>();
        services.AddScoped<IRecipeStep, WalkInRecipeStep>();
        services.AddScoped<IssueTicket>();
        services.AddScoped<QueueDesk>();
        services.AddScoped<GuestBook.GuestBookRegister>();
        services.AddScoped<DeskVisits>();
        services.AddScoped<WalkInSetup>();
        services.AddSingleton<Pst.Core.Settings.ISettingDefinition, OpeningHoursDefinition>();
        services.AddScoped<IRequestLinks, DeskVisitLinks>();
        services.AddScoped<Pst.Core.Documents.IPrintedNumberSource, Queue.TicketNumbers>();
        services.AddScoped<Pst.Core.Feedback.ISurveySubject, TicketSurveySubject>();
        services.AddScoped<Pst.Core.Reports.IServiceReport, Reports.QueueServiceReport>();
        services.AddSignalR();
        services.AddSingleton<QueueAnnouncer>();
        var ticketsPerMinute = configuration.GetValue("WalkIn:TicketsPerMinute", 30);
        services.Configure<RateLimiterOptions>(o => o.AddPolicy(KioskRateLimit, context => HttpMethods.IsPost(context.Request.Method)
            ? RateLimitPartition.GetFixedWindowLimiter(context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = ticketsPerMinute, Window = TimeSpan.FromMinutes(1) })
            : RateLimitPartition.GetNoLimiter("get")));
    }
}

/// <summary>What the walk-in pages check.</summary>
public static class WalkInPermissions
{
    public const string CallTickets = "walkin.call";
    public const string Supervise = "walkin.supervise";
    public const string ExportGuestBook = "walkin.guestbook.export";
    public const string Manage = "walkin.manage";

    public static IReadOnlyList<Permission> All { get; } =
    [
        new(CallTickets, "Call queue tickets to a counter and serve them", IsStaff: true),
        new(Supervise, "See the queue report and the 10-minute standard", IsStaff: true),
        new(ExportGuestBook, "Export the guest book with identity numbers", IsStaff: true),
        new(Manage, "Set up the walk-in services, counters and opening hours", IsStaff: true),
    ];
}
