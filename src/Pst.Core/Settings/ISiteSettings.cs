using System.Text.Json.Nodes;

namespace Pst.Core.Settings;

/// <summary>
/// Site-wide settings (office name, address, phones, complaint channels, …) kept as named JSON values
/// in the database, written by recipes and the admin screens.
/// </summary>
public interface ISiteSettings
{
    Task<JsonNode?> GetAsync(string key, CancellationToken cancellationToken = default);

    Task SetAsync(string key, JsonNode? value, CancellationToken cancellationToken = default);
}
