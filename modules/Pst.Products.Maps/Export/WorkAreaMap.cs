using Pst.Products.Maps.Boundaries;

namespace Pst.Products.Maps.Export;

/// <summary>
/// One map as sold (tariff III, per map): a kabupaten/kota at one level, its features with their fields, and the
/// edition and request it is made for. Every format is written from this.
/// </summary>
public sealed record WorkAreaMap(
    LoadedBoundaries Boundaries,
    WorkArea Coverage,
    BoundaryLevel Level,
    IReadOnlyList<WorkAreaLineage> Features,
    IReadOnlyList<MapField> Fields,
    string RequestNumber,
    string BuyerName,
    DateOnly Date)
{
    /// <summary>The map of one kabupaten/kota at a level, as the office sells it.</summary>
    public static WorkAreaMap Of(LoadedBoundaries boundaries, string regencyCode, BoundaryLevel level, string requestNumber, string buyerName, DateOnly date) =>
        Of(boundaries, boundaries.Set.Find(BoundaryLevel.Regency, regencyCode) ?? throw new KeyNotFoundException($"There is no kabupaten/kota '{regencyCode}' in the boundaries."), level, requestNumber, buyerName, date);

    /// <summary>The map of an area (a kabupaten/kota, or the whole province as the benchmarks draw it) at a level below it.</summary>
    public static WorkAreaMap Of(LoadedBoundaries boundaries, WorkArea coverage, BoundaryLevel level, string requestNumber, string buyerName, DateOnly date)
    {
        var set = boundaries.Set;
        WorkArea Parent(WorkArea area) => set.Find(BoundaryLevels.ParentOf(area.Level)!.Value, area.ParentCode!)!;
        var features = set.Within(coverage, level)
            .Select(area =>
            {
                var district = level == BoundaryLevel.District ? area : Parent(area);
                var regency = Parent(district);
                return new WorkAreaLineage(area, Parent(regency), regency, district);
            })
            .ToList();
        return new WorkAreaMap(boundaries, coverage, level, features, MapFields.For(level), requestNumber, buyerName, date);
    }

    public BoundaryEdition Edition => Boundaries.Edition;

    /// <summary>The province the map lies in.</summary>
    public WorkArea Province => Features[0].Province;

    /// <summary>"kecamatan" or "desa/kelurahan", as the map's title says.</summary>
    public string LevelName => Level == BoundaryLevel.District ? "kecamatan" : "desa/kelurahan";

    /// <summary>"Kota Semarang", or "Provinsi Jawa Tengah" for the whole province.</summary>
    public string CoverageName => Coverage.Level == BoundaryLevel.Province ? $"Provinsi {Coverage.Name}" : Coverage.Name;

    public string Title => $"Peta Wilayah Kerja Statistik {CoverageName} per {LevelName}";

    /// <summary>The base of every file's name: <c>peta-wks-3374-desa-PST-2026-00042</c>.</summary>
    public string FileBase => $"peta-wks-{Coverage.Code}-{(Level == BoundaryLevel.District ? "kecamatan" : "desa")}-{RequestNumber}";

    /// <summary>The field values of a feature, in the order of <see cref="Fields"/>.</summary>
    public IEnumerable<(MapField Field, string? Value)> ValuesOf(WorkAreaLineage feature) => Fields.Select(f => (f, f.Value(feature)));
}
