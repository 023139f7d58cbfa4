namespace Pst.Data.Settings;

/// <summary>One named setting, its value as JSON text.</summary>
public sealed class SiteSetting
{
    public string Key { get; set; } = "";

    public string Value { get; set; } = "null";

    public DateTimeOffset ChangedAt { get; set; }
}
