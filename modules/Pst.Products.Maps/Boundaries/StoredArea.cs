namespace Pst.Products.Maps.Boundaries;

/// <summary>A work area as stored: its fields and its boundary as WKB (WGS 84).</summary>
public sealed class StoredArea
{
    public BoundaryLevel Level { get; init; }

    public required string Code { get; init; }

    public required string Name { get; init; }

    public string? ParentCode { get; init; }

    public string? KemendagriCode { get; init; }

    public string? BpsName { get; init; }

    public string? Kind { get; init; }

    public required byte[] Boundary { get; init; }
}
