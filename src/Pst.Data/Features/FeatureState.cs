namespace Pst.Data.Features;

/// <summary>The recorded on/off state of one module. Modules with no row are enabled.</summary>
public sealed class FeatureState
{
    public string ModuleId { get; set; } = "";

    public bool Enabled { get; set; }

    public DateTimeOffset ChangedAt { get; set; }
}
