namespace Pst.Core.Content;

/// <summary>
/// The cache of public pages. Some cached pages show site data (the service standard shows the tariffs in force
/// and the office's complaint channels), so the stores of that data empty it when they write.
/// </summary>
public interface IPublicPageCache
{
    Task EvictAsync(CancellationToken cancellationToken = default);
}
