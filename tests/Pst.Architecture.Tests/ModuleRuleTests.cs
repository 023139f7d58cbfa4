using System.Reflection;

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

    private const string KeepsToTheContract = "Pst.Architecture.Tests.Fixtures.KeepsToTheContract";

    /// <summary>
    /// Which of <paramref name="forbidden"/> (namespaces and everything below them) the code uses, but for their
    /// contracts (<c>Pst.X.Abstractions</c>) when <paramref name="contractsAllowed"/>.
    /// </summary>
    private static IReadOnlyList<string> Breaches(IReadOnlySet<string> used, IEnumerable<string> forbidden, bool contractsAllowed = false) =>
        forbidden.Where(f => used.Any(u => Within(u, f) && !(contractsAllowed && Within(u, Modules.ContractOf(f))))).Order(StringComparer.Ordinal).ToList();

    private static bool Within(string used, string ns) => used == ns || used.StartsWith(ns + ".", StringComparison.Ordinal);

    /// <summary>Rule: Pst.Core (the kernel every module builds on) uses no module and no database provider.</summary>
    private static IReadOnlyList<string> KernelBreaches(IReadOnlySet<string> used) => Breaches(used, [.. Modules.All.Keys, .. DatabaseProviders]);

    /// <summary>
    /// Rule: a module uses no other module's code but its contract (it may use Pst.Core, Pst.Data, Pst.Documents and
    /// another module's Pst.X.Abstractions).
    /// </summary>
    private static IReadOnlyList<string> ModuleBreaches(IReadOnlySet<string> used, string module) => Breaches(used, Modules.OthersThan(module), contractsAllowed: true);

    /// <summary>Rule: a module's assembly references no other module's assembly (only their contracts' assemblies).</summary>
    private static IReadOnlyList<string> ReferenceBreaches(string assemblyPath, string module) =>
        NamespaceGraph.ReferencedAssemblies(assemblyPath).Where(a => Modules.OthersThan(module).Contains(a)).Order(StringComparer.Ordinal).ToList();

    /// <summary>
    /// Rule: a module's contract (what other modules may see of it) uses nothing of any module, its own included, and
    /// no database: only Pst.Core and the framework, so it can never leak an entity or a table.
    /// </summary>
    private static IReadOnlyList<string> ContractBreaches(IReadOnlySet<string> used, string module) =>
        Breaches(used.Where(u => !Within(u, Modules.ContractOf(module))).ToHashSet(), [.. Modules.All.Keys, "Pst.Data", .. DatabaseProviders]);

    [Fact]
    public void Core_uses_no_module_and_no_database_provider() =>
        Assert.Empty(KernelBreaches(NamespaceGraph.UsedBy(Modules.Core.Location, "Pst.Core")));

    [Fact]
    public void The_kernel_rule_fails_on_code_that_uses_a_module_and_a_provider() =>
        Assert.Equal(["Microsoft.EntityFrameworkCore", "Pst.Ordering"], KernelBreaches(NamespaceGraph.UsedBy(ThisAssembly, ReachesIntoOrdering)));

    [Fact]
    public void No_module_uses_another_module_s_code_but_its_contract()
    {
        var broken = Modules.All
            .Select(m => (m.Key, Uses: ModuleBreaches(NamespaceGraph.UsedBy(m.Value.Location, m.Key), m.Key)))
            .Where(m => m.Uses.Count > 0)
            .Select(m => $"{m.Key} uses {string.Join(", ", m.Uses)}")
            .ToList();
        Assert.True(broken.Count == 0, string.Join("\n", broken));
    }

    [Fact]
    public void The_module_rule_fails_on_code_that_uses_another_module_and_allows_its_contract()
    {
        Assert.Equal(["Pst.Ordering"], ModuleBreaches(NamespaceGraph.UsedBy(ThisAssembly, ReachesIntoOrdering), "Pst.Architecture.Tests"));
        Assert.Empty(ModuleBreaches(NamespaceGraph.UsedBy(ThisAssembly, KeepsToTheContract), "Pst.Architecture.Tests"));
    }

    [Fact]
    public void No_module_assembly_references_another_module_s_assembly()
    {
        var broken = Modules.All
            .Select(m => (m.Key, References: ReferenceBreaches(m.Value.Location, m.Key)))
            .Where(m => m.References.Count > 0)
            .Select(m => $"{m.Key} references {string.Join(", ", m.References)}")
            .ToList();
        Assert.True(broken.Count == 0, string.Join("\n", broken));
    }

    [Fact]
    public void The_reference_rule_fails_on_an_assembly_that_references_a_module() =>
        Assert.Contains("Pst.Ordering", ReferenceBreaches(ThisAssembly, "Pst.Architecture.Tests"));

    [Fact]
    public void A_module_s_contract_uses_no_module_and_no_database()
    {
        foreach (var (module, contract) in Modules.Contracts)
        {
            Assert.Empty(ContractBreaches(NamespaceGraph.UsedBy(contract.Location, Modules.ContractOf(module)), module));
        }
    }

    [Fact]
    public void The_contract_rule_fails_on_code_that_uses_its_module_s_internals_and_a_provider() =>
        Assert.Equal(["Microsoft.EntityFrameworkCore", "Pst.Ordering"], ContractBreaches(NamespaceGraph.UsedBy(ThisAssembly, ReachesIntoOrdering), "Pst.Ordering"));

    /// <summary>
    /// Rule: a module with a contract shows nothing else: its only public type is its module class (the host
    /// needs it); everything another module may use is in its .Abstractions.
    /// </summary>
    private static IReadOnlyList<string> PublicBeyondTheModuleClass(Assembly assembly, Type moduleClass) =>
        assembly.GetExportedTypes().Where(t => t != moduleClass).Select(t => t.FullName!).Order(StringComparer.Ordinal).ToList();

    [Fact]
    public void A_module_with_a_contract_makes_nothing_public_but_its_module_class()
    {
        Assert.Empty(PublicBeyondTheModuleClass(Modules.All[Pst.Ordering.OrderingModule.Id], typeof(Pst.Ordering.OrderingModule)));
    }

    [Fact]
    public void The_public_type_rule_fails_on_an_assembly_with_public_types_beside_its_module_class() =>
        Assert.Contains(typeof(Fixtures.OpenByMistake.ForgottenPage).FullName, PublicBeyondTheModuleClass(typeof(ModuleRuleTests).Assembly, typeof(ModuleRuleTests)));

    /// <summary>Rule: no module has namespaces that need each other (a slice cut in two, or two slices grown into one).</summary>
    [Fact]
    public void No_module_has_a_cycle_among_its_namespaces()
    {
        var cycles = Modules.All
            .SelectMany(m => NamespaceGraph.Of(m.Value.Location, m.Key).Cycles().Select(c => $"{m.Key}: {string.Join(" ↔ ", c)}"))
            .ToList();
        Assert.True(cycles.Count == 0, string.Join("\n", cycles));
    }

    [Fact]
    public void The_cycle_check_finds_two_namespaces_that_need_each_other() =>
        Assert.Equal(
            ["Pst.Architecture.Tests.Fixtures.CycleA", "Pst.Architecture.Tests.Fixtures.CycleB"],
            Assert.Single(NamespaceGraph.Of(ThisAssembly, "Pst.Architecture.Tests.Fixtures").Cycles()));
}
