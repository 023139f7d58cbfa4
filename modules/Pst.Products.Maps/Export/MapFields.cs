using Pst.Products.Maps.Boundaries;

namespace Pst.Products.Maps.Export;

/// <summary>One attribute of a delivered feature: its name (10 characters at most, as a Shapefile's DBF allows), width and meaning.</summary>
public sealed record MapField(string Name, int Width, string Description, Func<WorkAreaLineage, string?> Value);

/// <summary>An area with the areas above it, which its fields are read from.</summary>
public sealed record WorkAreaLineage(WorkArea Area, WorkArea Province, WorkArea Regency, WorkArea District);

/// <summary>
/// The attribute table of a map's features, the same in every format: BPS codes split as BPS writes them
/// (kdprov, kdkab, kdkec), the Kemendagri code in a field of its own, and the names of every level above. A desa's
/// own code is Kemendagri's: the boundary data hold no BPS desa codes (recipes/files/wilayah/README.md).
/// </summary>
public static class MapFields
{
    private static readonly MapField[] Common =
    [
        new("kdprov", 2, "Kode provinsi (BPS)", l => l.Province.Code),
        new("kdkab", 2, "Kode kabupaten/kota (BPS, 2 digit)", l => l.Regency.Code[2..]),
        new("kdkec", 3, "Kode kecamatan (BPS, 3 digit)", l => l.District.Code[4..]),
        new("nmprov", 60, "Nama provinsi", l => l.Province.Name),
        new("nmkab", 60, "Nama kabupaten/kota", l => l.Regency.Name),
        new("nmkec", 60, "Nama kecamatan (Kemendagri)", l => l.District.Name),
        new("nmkecbps", 60, "Nama kecamatan (ejaan BPS)", l => l.District.BpsName),
    ];

    public static IReadOnlyList<MapField> For(BoundaryLevel level) => level switch
    {
        BoundaryLevel.District =>
        [
            new("idkec", 7, "Kode kecamatan lengkap (BPS, 7 digit)", l => l.Area.Code),
            .. Common,
            new("kddagri", 13, "Kode kecamatan Kemendagri (bertitik)", l => l.Area.KemendagriCode),
        ],
        BoundaryLevel.Village =>
        [
            new("iddesa", 10, "Kode desa/kelurahan (Kemendagri, 10 digit, tanpa titik)", l => l.Area.Code),
            .. Common,
            new("nmdesa", 60, "Nama desa/kelurahan", l => l.Area.Name),
            new("jenis", 10, "Desa atau kelurahan", l => l.Area.Kind),
            new("kddagri", 13, "Kode desa/kelurahan Kemendagri (bertitik)", l => l.Area.KemendagriCode),
        ],
        _ => throw new ArgumentOutOfRangeException(nameof(level), level, "Maps are drawn by kecamatan or by desa/kelurahan."),
    };

    /// <summary>The code field that keys a level's features.</summary>
    public static string KeyOf(BoundaryLevel level) => For(level)[0].Name;
}
