using Pst.Core.Modules;

namespace Pst.Core.Tests.Modules;

public sealed class ModuleGraphTests
{
    [Fact]
    public void Orders_every_module_after_its_dependencies()
    {
        var graph = ModuleGraph.Build([
            new TestModule("Ordering", false, "Payments", "Core"),
            new TestModule("Payments", false, "Core"),
            new TestModule("Core", true),
            new TestModule("Maps", false, "Ordering"),
        ]);

        var order = graph.Ordered.Select(m => m.Manifest.Id).ToList();
        Assert.Equal(["Core", "Payments", "Ordering", "Maps"], order);
    }

    [Fact]
    public void Refuses_a_missing_dependency_naming_both_modules()
    {
        var error = Assert.Throws<ModuleGraphException>(() => ModuleGraph.Build([new TestModule("Maps", false, "Ordering")]));
        Assert.Equal("Module 'Maps' depends on 'Ordering', which is not installed.", error.Message);
    }

    [Fact]
    public void Refuses_a_cycle_naming_its_path()
    {
        var error = Assert.Throws<ModuleGraphException>(() => ModuleGraph.Build([
            new TestModule("A", false, "B"),
            new TestModule("B", false, "C"),
            new TestModule("C", false, "A"),
        ]));
        Assert.Equal("Modules form a dependency cycle: A → B → C → A.", error.Message);
    }

    [Fact]
    public void Refuses_two_modules_with_one_id()
    {
        var error = Assert.Throws<ModuleGraphException>(() => ModuleGraph.Build([new TestModule("A"), new TestModule("A")]));
        Assert.Contains("'A'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Finds_dependents_and_dependencies_transitively()
    {
        var graph = ModuleGraph.Build([new TestModule("A"), new TestModule("B", false, "A"), new TestModule("C", false, "B")]);
        Assert.Equal(["B", "C"], graph.DependentsOf("A").Select(m => m.Manifest.Id));
        Assert.Equal(["A", "B"], graph.DependenciesOf("C").Select(m => m.Manifest.Id));
    }
}
