using Microsoft.EntityFrameworkCore;
using Pst.Core.Features;

namespace Pst.Data.Features;

internal sealed class EfFeatureStore(PstDbContext db, TimeProvider clock) : IFeatureStore
{
    public async Task<IReadOnlySet<string>> GetDisabledAsync(CancellationToken cancellationToken = default) =>
        (await db.FeatureStates.AsNoTracking().Where(f => !f.Enabled).Select(f => f.ModuleId).ToListAsync(cancellationToken))
        .ToHashSet(StringComparer.Ordinal);

    public async Task SetEnabledAsync(string moduleId, bool enabled, CancellationToken cancellationToken = default)
    {
        var state = await db.FeatureStates.FindAsync([moduleId], cancellationToken);
        if (state is null)
        {
            state = new FeatureState { ModuleId = moduleId };
            db.FeatureStates.Add(state);
        }

        state.Enabled = enabled;
        state.ChangedAt = clock.GetUtcNow();
        await db.SaveChangesAsync(cancellationToken);
    }
}
