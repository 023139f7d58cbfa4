using System.Globalization;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.DependencyInjection;
using Pst.Core.Content;

namespace Pst.Content.Caching;

/// <summary>
/// The output cache of the public content (pages, the home page): one entry per address and language, for visitors
/// who are not signed in (the cache's default policy never stores a signed-in person's page). Everything is
/// evicted when anything public changes, because menus on every page link to published pages (and when the
/// tariffs or office settings a service standard shows change).
/// </summary>
public sealed class ContentCache(IOutputCacheStore store) : IPublicPageCache
{
    public const string PolicyName = "content";
    public const string Tag = "content";

    public Task EvictAsync(CancellationToken cancellationToken = default) => store.EvictByTagAsync(Tag, cancellationToken).AsTask();

    internal static void AddPolicy(IServiceCollection services) =>
        services.AddOutputCache(o => o.AddPolicy(PolicyName, b => b
            .Tag(Tag)
            .VaryByValue(_ => new KeyValuePair<string, string>("culture", CultureInfo.CurrentUICulture.Name))
            .Expire(TimeSpan.FromHours(1))));
}
