using Pst.Core.Messaging;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Pst.Core.Modules;
using Pst.Core.Navigation;
using Pst.Core.Security;
using Pst.Data;
using Pst.Documents;
using Pst.Ordering;
using Pst.Ordering.Catalogue;
using Pst.Ordering.Customers;
using Pst.Ordering.Lifecycle;
using Pst.Ordering.Drafting;
using Pst.Ordering.Notifications;
using Pst.Ordering.Offers;
using Pst.Ordering.Pricing;
using Pst.Ordering.Serving;
using Pst.Ordering.Persistence;
using Pst.Ordering.Reminders;

[assembly: PstModule(typeof(OrderingModule))]

namespace Pst.Ordering;

/// <summary>Requests for statistical products: lines, required documents, the lifecycle, the service clock and the timeline.</summary>
public sealed class OrderingModule : IModule
{
    public const string Id = OrderingContract.ModuleId;

    /// <summary>The module's tables, for the migrations projects (composition roots that see no module's internals).</summary>
    public static IEntityModelContributor Model { get; } = new OrderingModel();

    public ModuleManifest Manifest { get; } = new(Id, "Requests", "Sales", "Requests for statistical products, from the cart to delivery, held to the service standard's time limit.");

    public IEnumerable<Permission> Permissions => OrderingPermissions.All;

    public IEnumerable<NavigationItem> Navigation =>
    [
        new(NavigationArea.Public, "Catalogue", "/katalog", Order: 10),
        new(NavigationArea.Public, "My requests", "/permintaan", Order: 20, Permission: OrderingPermissions.Place),
        new(NavigationArea.Admin, "Requests to serve", "/admin/permintaan", Order: 90, Permission: OrderingPermissions.Serve),
        new(NavigationArea.Admin, "Request lifecycle", "/admin/alur-permintaan", Order: 100, Permission: OrderingPermissions.Serve),
    ];

    public void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<IEntityModelContributor, OrderingModel>();
        services.AddScoped<RequestLifecycleDiagram>();
        services.AddScoped<Pst.Core.Content.IProcedureDiagram>(sp => sp.GetRequiredService<RequestLifecycleDiagram>());
        services.AddScoped<RequestStore>();
        services.AddScoped<CatalogueBrowser>();
        services.AddScoped<QuoteItem>();
        services.AddScoped<CustomerProfiles>();
        services.AddScoped<PriceRequest>();
        services.AddScoped<DraftRequests>();
        services.AddScoped<UploadRequirement>();
        services.AddScoped<Abstracts.WriteDataUseAbstract>();
        services.AddScoped<SubmitRequest>();
        services.AddScoped<ReadRequest>();
        services.AddScoped<DescribeLines>();
        services.AddScoped<CurrentActor>();
        services.AddDocumentIssuing();
        services.AddScoped<IOrderingText, Contract.OrderingText>();
        services.AddMessageHandlers(typeof(OrderingModule).Assembly);
        services.AddScoped<RequestFiles>();
        services.AddScoped<IssueOffer>();
        services.AddScoped<Pst.Core.Products.IOpenRequests, Requests.OpenRequests>();
        services.AddScoped<DeliverProduct>();
        services.AddScoped<Requests.FirstDeliveryFill>();
        services.AddHostedService<Requests.FirstDeliveryFillAtStart>();
        services.AddSingleton<DownloadLinks>();
        services.AddScoped<RenewDownloadLinks>();
        services.AddScoped<IssuedFileNames>();
        services.AddScoped<Pst.Core.Feedback.ISurveySubject, RequestSurveySubject>();
        services.AddScoped<Pst.Core.Documents.IPrintedNumberSource, Verification.RequestNumbers>();
        services.AddScoped<Pst.Core.Reports.IServiceReport, Reports.RequestsReport>();
        services.AddHttpContextAccessor();
        services.AddSingleton<OrderingNotifications>();
        services.AddSingleton<Pst.Core.Notifications.INotificationDefinitions>(sp => sp.GetRequiredService<OrderingNotifications>());
        services.AddSingleton<IRequestStepMails>(sp => sp.GetRequiredService<OrderingNotifications>());
        services.AddScoped<RequestNotifier>();
        services.AddScoped<RequestReminders>();
        services.AddScoped<Pst.Data.Reminders.IReminderJob>(sp => sp.GetRequiredService<RequestReminders>());
        services.AddSingleton<Pst.Core.Settings.ISettingDefinition, DeliverySettingDefinition>();
    }
}
