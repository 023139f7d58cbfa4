namespace Pst.Content.Pages;

/// <summary>The service channels a service standard describes side by side.</summary>
public enum ServiceChannel
{
    WalkIn,
    Online,
}

/// <summary>
/// The parts of a service-standard page (Permenpan RB 15/2014 components as the PST standard uses them): each
/// component once per channel, keyed <c>{component}.{channel}</c> (<c>procedure.walkIn</c>), plus the legal basis and
/// the service pledge for both. The tariff amounts are never a part: the page renders them from the schedule in force.
/// </summary>
public static class ServiceStandardSections
{
    public static IReadOnlyList<string> Components { get; } = ["requirements", "procedure", "timeLimit", "cost", "product", "complaints"];

    public static IReadOnlyList<ServiceChannel> Channels { get; } = [ServiceChannel.WalkIn, ServiceChannel.Online];

    public const string LegalBasis = "legalBasis";

    public const string Pledge = "pledge";

    /// <summary>"true" when the procedure shows the diagram drawn from the request lifecycle beside the steps.</summary>
    public const string ShowLifecycleDiagram = "procedure.diagram";

    public static string Key(string component, ServiceChannel channel) => $"{component}.{(channel == ServiceChannel.WalkIn ? "walkIn" : "online")}";

    /// <summary>Every key in the order a page shows them (also the order a version's text is compared in).</summary>
    public static IReadOnlyList<string> All { get; } =
        [.. Components.SelectMany(c => Channels.Select(ch => Key(c, ch))), LegalBasis, Pledge, ShowLifecycleDiagram];
}

/// <summary>
/// The editable blocks of the home page: the introduction, an announcement, and the text of each entry point
/// (the entry points' addresses are the site's own and not editable).
/// </summary>
public static class HomeSections
{
    public const string Intro = "intro";
    public const string Announcement = "announcement";

    /// <summary>The entry points in the order the home page shows them.</summary>
    public static IReadOnlyList<string> EntryPoints { get; } = ["order", "queue", "standard", "complaints", "verify"];

    public static IReadOnlyList<string> All { get; } = [Intro, Announcement, .. EntryPoints];
}

/// <summary>Which parts a kind of page has.</summary>
public static class PageSections
{
    public static IReadOnlyList<string> Of(PageKind kind) => kind switch
    {
        PageKind.ServiceStandard => ServiceStandardSections.All,
        PageKind.Home => HomeSections.All,
        _ => [],
    };

    public static bool IsKnown(PageKind kind, string key) => Of(kind).Contains(key);
}
