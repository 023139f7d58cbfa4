using Pst.Core.Notifications;

namespace Pst.Ordering.Abstractions;

/// <summary>
/// An e-mail a module declares (<see cref="NotificationDefinition"/>) that is sent when a request takes
/// <paramref name="Step"/>, to the definition's audiences. Ordering sends it in the unit of work of the step, with the
/// request's values (<see cref="RequestMails.Example"/>). At the walk-in desk everyone who must act is in the room:
/// only mails marked <paramref name="AtDesk"/> are sent there, and only to the visitor.
/// </summary>
/// <param name="CustomerPage">
/// Where the customer acts on it, as a path with <c>{0}</c> for the request's id (the payment page); the request's
/// page when null. It is the mail's <c>request.link</c>.
/// </param>
/// <param name="StaffPage">The same for staff (the payment desk); the staff's request page when null.</param>
public sealed record RequestStepMail(RequestTrigger Step, string Notification, bool AtDesk = false, string? CustomerPage = null, string? StaffPage = null);

/// <summary>A module's e-mails on request steps, registered in its services beside its <see cref="INotificationDefinitions"/>.</summary>
public interface IRequestStepMails
{
    IEnumerable<RequestStepMail> StepMails { get; }
}

/// <summary>What every e-mail about a request may use, whichever module declares it.</summary>
public static class RequestMails
{
    /// <summary>The officers who serve requests: the staff holding <see cref="OrderingPermissions.Serve"/>.</summary>
    public static readonly NotificationAudience Officers = NotificationAudience.Staff("Officers", OrderingPermissions.Serve);

    /// <summary>
    /// The values ordering gives each request e-mail: <c>request.number</c>, <c>request.link</c> (the customer's page
    /// or the staff's), <c>request.state</c>, <c>customer.name</c>, with <paramref name="extra"/> (a step's
    /// <c>reason</c>, a reminder's <c>due_date</c>, a billing's values) as an example for the template screen.
    /// </summary>
    public static IReadOnlyDictionary<string, object?> Example(IReadOnlyDictionary<string, object?>? extra = null)
    {
        var values = new Dictionary<string, object?>
        {
            ["request"] = new Dictionary<string, object?> { ["number"] = "PST-2026-00042", ["link"] = "https://pst.example/permintaan/…", ["state"] = "…" },
            ["customer"] = new Dictionary<string, object?> { ["name"] = "Siti Rahayu" },
        };
        foreach (var (name, value) in extra ?? new Dictionary<string, object?>())
        {
            values[name] = value;
        }

        return values;
    }
}
