using Pst.Products.Maps.Boundaries;

namespace Pst.Products.Maps.Export;

/// <summary>
/// One map as sold (tariff III, per map): a kabupaten/kota at one level, its features with their fields, and the
/// edition and request it is made for. Every format is written from this.
/// </summary>
public sealed record WorkAreaMap(
    LoadedBoundaries Boundaries,
    WorkArea Regency,
    BoundaryLevel Level,
    IReadOnlyList<WorkAreaLineage> Features,
    IReadOnlyList<MapField> Fields,
    string RequestNumber,
    string BuyerName,
    DateOnly Date)
{
    /// <summary>The map of one kabupaten/kota at a level, from the loaded boundaries.</summary>
    public static WorkAreaMap Of(LoadedBoundaries boundaries, string regencyCode, BoundaryLevel level, string requestNumber, string buyerName, DateOnly date)
    {
        var set = boundaries.Set;
        var regency = set.Find(BoundaryLevel.Regency, regencyCode) ?? throw new KeyNotFoundException($"There is no kabupaten/kota '{regencyCode}' in the boundaries.");
        var province = set.Find(BoundaryLevel.Province, regency.ParentCode!)!;
        var features = set.Within(regency, level)
            .Select(area => new WorkAreaLineage(area, province, regency, level == BoundaryLevel.District ? area : set.Find(BoundaryLevel.District, area.ParentCode!)))
            .ToList();
        return new WorkAreaMap(boundaries, regency, level, features, MapFields.For(level), requestNumber, buyerName, date);
    }

    public BoundaryEdition Edition => Boundaries.Edition;

    /// <summary>"kecamatan" or "desa/kelurahan", as the map's title says.</summary>
    public string LevelName => Level == BoundaryLevel.District ? "kecamatan" : "desa/kelurahan";

    public string Title => $"Peta Wilayah Kerja Statistik {Regency.Name} per {LevelName}";

    /// <summary>The base of every file's name: <c>peta-wks-3374-desa-PST-2026-000123</c>.</summary>
    public string FileBase => $"peta-wks-{Regency.Code}-{(Level == BoundaryLevel.District ? "kecamatan" : "desa")}-{RequestNumber}";

    /// <summary>The field values of a feature, in the order of <see cref="Fields"/>.</summary>
    public IEnumerable<(MapField Field, string? Value)> ValuesOf(WorkAreaLineage feature) => Fields.Select(f => (f, f.Value(feature)));
}
