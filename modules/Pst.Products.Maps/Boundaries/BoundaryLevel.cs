namespace Pst.Products.Maps.Boundaries;

/// <summary>The levels of the work areas a map is drawn at, from the province down to the desa/kelurahan.</summary>
public enum BoundaryLevel
{
    Province,
    Regency,
    District,
    Village,
}

/// <summary>How the boundary files name the levels, and which level holds an area's parent.</summary>
public static class BoundaryLevels
{
    /// <summary>The level of a feature's <c>level</c> property ("kabupaten_kota", "desa", "kelurahan" …), or null.</summary>
    public static BoundaryLevel? Parse(string? level) => level switch
    {
        "provinsi" => BoundaryLevel.Province,
        "kabupaten_kota" => BoundaryLevel.Regency,
        "kecamatan" => BoundaryLevel.District,
        "desa" or "kelurahan" => BoundaryLevel.Village,
        _ => null,
    };

    /// <summary>The level as the files and the recipe name it ("kabupaten_kota"); villages are "desa" for both kinds.</summary>
    public static string Key(BoundaryLevel level) => level switch
    {
        BoundaryLevel.Province => "provinsi",
        BoundaryLevel.Regency => "kabupaten_kota",
        BoundaryLevel.District => "kecamatan",
        _ => "desa",
    };

    public static BoundaryLevel? ParentOf(BoundaryLevel level) => level == BoundaryLevel.Province ? null : level - 1;
}
