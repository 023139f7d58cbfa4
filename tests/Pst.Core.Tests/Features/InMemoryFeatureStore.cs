using Pst.Core.Features;

namespace Pst.Core.Tests.Features;

internal sealed class InMemoryFeatureStore : IFeatureStore
{
    private readonly HashSet<string> _disabled = new(StringComparer.Ordinal);

    public Task<IReadOnlySet<string>> GetDisabledAsync(CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlySet<string>>(_disabled.ToHashSet());

    public Task SetEnabledAsync(string moduleId, bool enabled, CancellationToken cancellationToken = default)
    {
        if (enabled)
        {
            _disabled.Remove(moduleId);
        }
        else
        {
            _disabled.Add(moduleId);
        }

        return Task.CompletedTask;
    }
}
