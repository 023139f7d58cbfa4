namespace Pst.Data.Migrations;

/// <summary>
/// Every module's entity contributions, so that each engine's migrations cover the whole database.
/// One source file, compiled into each migrations project (they are composition roots, like the host).
/// </summary>
internal static class ModuleModels
{
    public static IReadOnlyList<IEntityModelContributor> All { get; } =
    [
        new Pst.Content.Persistence.ContentModel(),
        Pst.Ordering.OrderingModule.Model,
        new Pst.Payments.Persistence.PaymentsModel(),
        new Pst.WalkIn.Persistence.WalkInModel(),
        new Pst.Products.Microdata.Persistence.MicrodataModel(),
        new Pst.Products.Maps.Persistence.MapsModel(),
        new Pst.Feedback.Persistence.FeedbackModel(),
    ];
}
