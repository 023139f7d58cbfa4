using System.Reflection;

namespace Pst.Architecture.Tests;

/// <summary>The site's modules as compiled: each module's assembly and root namespace.</summary>
public static class Modules
{
    public static readonly Assembly Core = typeof(Pst.Core.Modules.IModule).Assembly;

    /// <summary>Every module by its root namespace (also its id).</summary>
    public static readonly IReadOnlyDictionary<string, Assembly> All = new Dictionary<string, Assembly>
    {
        [Pst.Ordering.OrderingModule.Id] = typeof(Pst.Ordering.OrderingModule).Assembly,
        [Pst.Payments.PaymentsModule.Id] = typeof(Pst.Payments.PaymentsModule).Assembly,
        [Pst.WalkIn.WalkInModule.Id] = typeof(Pst.WalkIn.WalkInModule).Assembly,
        [Pst.Content.ContentModule.Id] = typeof(Pst.Content.ContentModule).Assembly,
        [Pst.Feedback.FeedbackModule.Id] = typeof(Pst.Feedback.FeedbackModule).Assembly,
        [Pst.Reports.ReportsModule.Id] = typeof(Pst.Reports.ReportsModule).Assembly,
        [Pst.Products.Maps.MapsModule.Id] = typeof(Pst.Products.Maps.MapsModule).Assembly,
        [Pst.Products.Microdata.MicrodataModule.Id] = typeof(Pst.Products.Microdata.MicrodataModule).Assembly,
        [Pst.Products.Publications.PublicationsModule.Id] = typeof(Pst.Products.Publications.PublicationsModule).Assembly,
    };

    /// <summary>The public contracts a module may use of another (<c>Pst.X.Abstractions</c>), by the module they belong to.</summary>
    public static readonly IReadOnlyDictionary<string, Assembly> Contracts = new Dictionary<string, Assembly>
    {
        [Pst.Ordering.OrderingModule.Id] = typeof(Pst.Ordering.Abstractions.RequestSummary).Assembly,
    };

    /// <summary>The namespace of a module's contract.</summary>
    public static string ContractOf(string module) => module + ".Abstractions";

    public static IEnumerable<string> OthersThan(string module) => All.Keys.Where(k => k != module);
}
