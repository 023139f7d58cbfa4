namespace Pst.Products.Maps.Boundaries;

/// <summary>
/// One import of the boundary layers: where they come from and as of when, printed on every map delivered, with
/// what was imported. Editions are kept as a history; the latest is the one the areas belong to.
/// </summary>
public sealed class BoundaryEdition
{
    public Guid Id { get; init; } = Guid.NewGuid();

    /// <summary>What the layers are ("Batas wilayah kerja statistik Provinsi Jawa Tengah").</summary>
    public required string Title { get; init; }

    /// <summary>Where they come from, as the data README names it.</summary>
    public required string Source { get; init; }

    /// <summary>The date of the source's state the layers were taken from.</summary>
    public required DateOnly Date { get; init; }

    /// <summary>The licence line printed on every product.</summary>
    public required string Licence { get; init; }

    /// <summary>SHA-256 of the edition's description and the four files, so an unchanged recipe imports nothing.</summary>
    public required string Sha256 { get; init; }

    public required DateTimeOffset ImportedAt { get; init; }

    public string? ImportedBy { get; init; }

    public int Provinces { get; init; }

    public int Regencies { get; init; }

    public int Districts { get; init; }

    public int Villages { get; init; }

    /// <summary>The geometries repaired on import, one line each ("desa 3301012001: Self-intersection at …").</summary>
    public string Repairs { get; init; } = "";

    /// <summary>The edition as one line, as pages and the agreement print it: what, from where, as of when.</summary>
    public string Describe() => $"{Title}, {Source}, keadaan {Edition}";

    /// <summary>What and as of when, in words ("…, keadaan 20 Agustus 2026"), as the map sheet prints it under its source.</summary>
    public string Edition => Pst.Documents.DocumentText.Date(Date);

    public int Count(BoundaryLevel level) => level switch
    {
        BoundaryLevel.Province => Provinces,
        BoundaryLevel.Regency => Regencies,
        BoundaryLevel.District => Districts,
        _ => Villages,
    };
}
