using Pst.Core.Features;
using Pst.Core.Modules;
using Pst.Core.Tests.Modules;

namespace Pst.Core.Tests.Features;

public sealed class FeatureManagerTests
{
    private readonly CountingCache _cache = new();

    private readonly FeatureManager _features;

    public FeatureManagerTests() => _features = new(
        ModuleGraph.Build([new TestModule("Core", true), new TestModule("Ordering", false, "Core"), new TestModule("Maps", false, "Ordering"), new TestModule("Payments", false, "Ordering")]),
        new InMemoryFeatureStore(),
        [_cache]);

    [Fact]
    public async Task Switching_a_module_empties_the_public_page_cache_and_a_change_that_changes_nothing_does_not()
    {
        await _features.DisableAsync("Maps");
        Assert.Equal(1, _cache.Evictions);
        await _features.DisableAsync("Maps");
        Assert.Equal(1, _cache.Evictions);
        await _features.EnableAsync("Maps");
        Assert.Equal(2, _cache.Evictions);
        await _features.EnableAsync("Maps");
        Assert.Equal(2, _cache.Evictions);
    }

    private sealed class CountingCache : Pst.Core.Content.IPublicPageCache
    {
        public int Evictions { get; private set; }

        public Task EvictAsync(CancellationToken cancellationToken = default)
        {
            Evictions++;
            return Task.CompletedTask;
        }
    }

    [Fact]
    public async Task Disabling_a_module_that_enabled_modules_need_is_refused_naming_all_of_them()
    {
        var error = await Assert.ThrowsAsync<FeatureChangeRefusedException>(() => _features.DisableAsync("Ordering"));
        Assert.Equal("The module 'Ordering' cannot be disabled while these enabled modules need it: 'Maps', 'Payments'.", error.Message);
        Assert.True(await _features.IsEnabledAsync("Ordering"));

        await _features.DisableAsync("Maps");
        error = await Assert.ThrowsAsync<FeatureChangeRefusedException>(() => _features.DisableAsync("Ordering"));
        Assert.Equal(["Payments"], Assert.IsAssignableFrom<IEnumerable<string>>(error.Arguments[1]));
    }

    [Fact]
    public async Task Core_modules_cannot_be_disabled()
    {
        await Assert.ThrowsAsync<FeatureChangeRefusedException>(() => _features.DisableAsync("Core"));
        Assert.True(await _features.IsEnabledAsync("Core"));
    }

    [Fact]
    public async Task Enabling_a_module_enables_what_it_needs()
    {
        await _features.DisableAsync("Maps");
        await _features.DisableAsync("Payments");
        await _features.DisableAsync("Ordering");
        Assert.False(await _features.IsEnabledAsync("Maps"));

        var switched = await _features.EnableAsync("Maps");

        Assert.Equal(["Ordering", "Maps"], switched);
        Assert.True(await _features.IsEnabledAsync("Ordering"));
        Assert.True(await _features.IsEnabledAsync("Maps"));
    }
}
