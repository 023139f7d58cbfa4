using System.Text.Json.Nodes;
using Pst.Core.Content;
using Pst.Core.Settings;

namespace Pst.Data.Settings;

internal sealed class EfSiteSettings(PstDbContext db, TimeProvider clock, IEnumerable<IPublicPageCache> caches) : ISiteSettings
{
    public async Task<JsonNode?> GetAsync(string key, CancellationToken cancellationToken = default)
    {
        var setting = await db.SiteSettings.FindAsync([key], cancellationToken);
        return setting is null ? null : JsonNode.Parse(setting.Value);
    }

    public async Task SetAsync(string key, JsonNode? value, CancellationToken cancellationToken = default)
    {
        var json = value?.ToJsonString() ?? "null";
        var setting = await db.SiteSettings.FindAsync([key], cancellationToken);
        if (setting is null)
        {
            db.SiteSettings.Add(new SiteSetting { Key = key, Value = json, ChangedAt = clock.GetUtcNow() });
        }
        else if (!JsonNode.DeepEquals(JsonNode.Parse(setting.Value), value))
        {
            // Only a real change is written, so re-applying a recipe leaves the row untouched.
            setting.Value = json;
            setting.ChangedAt = clock.GetUtcNow();
        }

        var changed = db.ChangeTracker.Entries<SiteSetting>().Any(e => e.State is Microsoft.EntityFrameworkCore.EntityState.Added or Microsoft.EntityFrameworkCore.EntityState.Modified);
        await db.SaveChangesAsync(cancellationToken);
        if (changed)
        {
            foreach (var cache in caches)
            {
                await cache.EvictAsync(cancellationToken);
            }
        }
    }
}
