using NetTopologySuite.Geometries;

namespace Pst.Products.Maps.Boundaries;

/// <summary>
/// One statistical work area with its boundary. <paramref name="Code"/> is the code the layer keys it by (BPS for
/// kabupaten/kota and kecamatan, Kemendagri for desa, as the data README says); <paramref name="KemendagriCode"/>
/// keeps the other system's code in its own field, since the two differ below kabupaten/kota.
/// </summary>
/// <param name="Kind">"Kabupaten"/"Kota", "desa"/"kelurahan", or null.</param>
/// <param name="BpsName">BPS's spelling, where it differs from the Kemendagri name.</param>
public sealed record WorkArea(string Code, string Name, BoundaryLevel Level, string? ParentCode, string? KemendagriCode, string? BpsName, string? Kind, Geometry Geometry);
