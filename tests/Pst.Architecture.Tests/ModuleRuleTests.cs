
namespace Pst.Architecture.Tests;

/// <summary>
/// The module rules of ../shared/DESIGN.md section 3, one test per rule, each beside a test showing that the same
/// check fails on code that breaks the rule (Fixtures/BrokenOnPurpose.cs). The dependencies are read from the
/// compiled code with Mono.Cecil: type references in signatures, fields and method bodies, not names in strings.
/// </summary>
public sealed class ModuleRuleTests
{
    private static readonly string[] DatabaseProviders = ["Microsoft.EntityFrameworkCore", "Npgsql", "Microsoft.Data.Sqlite"];

    private static readonly string ThisAssembly = typeof(ModuleRuleTests).Assembly.Location;

    private const string ReachesIntoOrdering = "Pst.Architecture.Tests.Fixtures.ReachesIntoOrdering";

    /// <summary>Which of <paramref name="forbidden"/> (namespaces and everything below them) the code uses.</summary>
    private static IReadOnlyList<string> Breaches(IReadOnlySet<string> used, IEnumerable<string> forbidden) =>
        forbidden.Where(f => used.Any(u => u == f || u.StartsWith(f + ".", StringComparison.Ordinal))).Order(StringComparer.Ordinal).ToList();

    /// <summary>Rule: Pst.Core (the kernel every module builds on) uses no module and no database provider.</summary>
    private static IReadOnlyList<string> KernelBreaches(IReadOnlySet<string> used) => Breaches(used, [.. Modules.All.Keys, .. DatabaseProviders]);

    /// <summary>Rule: a module uses no other module's code (it may use Pst.Core, Pst.Data and Pst.Documents).</summary>
    private static IReadOnlyList<string> ModuleBreaches(IReadOnlySet<string> used, string module) => Breaches(used, Modules.OthersThan(module));

    [Fact]
    public void Core_uses_no_module_and_no_database_provider() =>
        Assert.Empty(KernelBreaches(NamespaceGraph.UsedBy(Modules.Core.Location, "Pst.Core")));

    [Fact]
    public void The_kernel_rule_fails_on_code_that_uses_a_module_and_a_provider() =>
        Assert.Equal(["Microsoft.EntityFrameworkCore", "Pst.Ordering"], KernelBreaches(NamespaceGraph.UsedBy(ThisAssembly, ReachesIntoOrdering)));

    [Fact]
    public void No_module_uses_another_module_s_code_but_those_waiting_for_the_ordering_contract()
    {
        var broken = Modules.All
            .Where(m => !Modules.AwaitingOrderingContract.Contains(m.Key))
            .Select(m => (m.Key, Uses: ModuleBreaches(NamespaceGraph.UsedBy(m.Value.Location, m.Key), m.Key)))
            .Where(m => m.Uses.Count > 0)
            .Select(m => $"{m.Key} uses {string.Join(", ", m.Uses)}")
            .ToList();
        Assert.True(broken.Count == 0, string.Join("\n", broken));
    }

    [Fact]
    public void The_module_rule_fails_on_code_that_uses_another_module() =>
        Assert.Equal(["Pst.Ordering"], ModuleBreaches(NamespaceGraph.UsedBy(ThisAssembly, ReachesIntoOrdering), "Pst.Architecture.Tests"));

    /// <summary>
    /// The namespace cycles that exist today, to be cut by issue 24. The list only shrinks: a new cycle, a known one
    /// that grows, or one cut without being taken off the list fails the test.
    /// </summary>
    private static readonly string[] KnownCycles =
    [
        "Pst.WalkIn: Pst.WalkIn.Desks ↔ Pst.WalkIn.GuestBook ↔ Pst.WalkIn.Queue",
        "Pst.Content: Pst.Content.Media ↔ Pst.Content.Menus ↔ Pst.Content.Pages ↔ Pst.Content.Persistence ↔ Pst.Content.Publishing ↔ Pst.Content.Search",
        "Pst.Products.Maps: Pst.Products.Maps.Boundaries ↔ Pst.Products.Maps.Persistence",
        "Pst.Products.Microdata: Pst.Products.Microdata.Catalogue ↔ Pst.Products.Microdata.Data ↔ Pst.Products.Microdata.Extraction ↔ Pst.Products.Microdata.Synthetic",
    ];

    [Fact]
    public void No_module_has_a_cycle_among_its_namespaces_but_the_known_ones_being_cut()
    {
        var cycles = Modules.All
            .SelectMany(m => NamespaceGraph.Of(m.Value.Location, m.Key).Cycles().Select(c => $"{m.Key}: {string.Join(" ↔ ", c)}"))
            .ToList();
        Assert.Equal(KnownCycles.Order(StringComparer.Ordinal), cycles.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void The_cycle_check_finds_two_namespaces_that_need_each_other() =>
        Assert.Equal(
            ["Pst.Architecture.Tests.Fixtures.CycleA", "Pst.Architecture.Tests.Fixtures.CycleB"],
            Assert.Single(NamespaceGraph.Of(ThisAssembly, "Pst.Architecture.Tests.Fixtures").Cycles()));
}
