using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Pst.Core.Modules;
using Pst.Core.Navigation;
using Pst.Core.Security;
using Pst.Data;
using Pst.Feedback;
using Pst.Feedback.Persistence;
using Pst.Feedback.Survey;

[assembly: PstModule(typeof(FeedbackModule))]

namespace Pst.Feedback;

/// <summary>
/// What customers say of the service: the satisfaction survey that closes every request and visit, and its index
/// (IKM). Part of the core: a public-service unit must measure its index and take complaints (UU 25/2009), whatever
/// else is switched off. It knows requests and visits only through <see cref="Pst.Core.Feedback.ISurveySubject"/>.
/// </summary>
public sealed class FeedbackModule : IModule
{
    public const string Id = "Pst.Feedback";

    public ModuleManifest Manifest { get; } = new(Id, "Feedback", "Core", "The satisfaction survey after every request and visit, the satisfaction index (IKM) per period, and complaints from every channel with their time limits.", isCore: true);

    public IEnumerable<Permission> Permissions => FeedbackPermissions.All;

    public IEnumerable<NavigationItem> Navigation =>
    [
        new(NavigationArea.Public, "Satisfaction", FeedbackAddresses.PublicIndex, Order: 80),
        new(NavigationArea.Public, "Complaints", Complaints.ComplaintAddresses.New, Order: 85),
        new(NavigationArea.Admin, "Complaints", Complaints.ComplaintAddresses.StaffList, Order: 135, Permission: FeedbackPermissions.HandleComplaints),
        new(NavigationArea.Admin, "Satisfaction index", FeedbackAddresses.StaffIndex, Order: 140, Permission: FeedbackPermissions.Supervise),
    ];

    public void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<IEntityModelContributor, FeedbackModel>();
        services.AddScoped<AnswerSurvey>();
        services.AddScoped<SatisfactionReport>();
        services.AddScoped<Pst.Core.Feedback.ISatisfactionSummary, CurrentSatisfaction>();
        services.AddScoped<Pst.Core.Reports.IServiceReport, Reports.SatisfactionSection>();
        services.AddScoped<Pst.Core.Reports.IServiceReport, Reports.ComplaintsReport>();
        services.AddScoped<Complaints.ComplaintDesk>();
        services.AddScoped<Complaints.ComplaintHandlersNotice>();
        services.AddScoped<Complaints.ComplaintMail>();
        services.AddSingleton<Pst.Core.Notifications.INotificationDefinitions, Complaints.ComplaintNotifications>();
        services.AddScoped<Pst.Data.Reminders.IReminderJob, Complaints.ComplaintReminders>();
        services.AddSingleton<Pst.Core.Settings.ISettingDefinition, Complaints.ComplaintSettingDefinition>();
    }
}

/// <summary>What the feedback pages check.</summary>
public static class FeedbackPermissions
{
    /// <summary>Read the satisfaction index broken down by channel, product type and counter, with the comments.</summary>
    public const string Supervise = "feedback.supervise";

    /// <summary>Record complaints from other channels, take them on, reply, note and close them.</summary>
    public const string HandleComplaints = "feedback.complaints";

    public static IReadOnlyList<Permission> All { get; } =
    [
        new(Supervise, "See the satisfaction index and what customers wrote", IsStaff: true),
        new(HandleComplaints, "Handle complaints", IsStaff: true),
    ];
}

public static class FeedbackAddresses
{
    public const string PublicIndex = Pst.Core.Feedback.FeedbackLinks.SatisfactionIndex;
    public const string StaffIndex = "/admin/ikm";
}
