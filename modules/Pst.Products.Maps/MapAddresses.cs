namespace Pst.Products.Maps;

/// <summary>The addresses the module serves and the files its map page loads.</summary>
public static class MapAddresses
{
    /// <summary>The kabupaten/kota of the latest edition, simplified for the screen, as GeoJSON.</summary>
    public const string RegencyLayer = "/peta/batas/kabupaten-kota.geojson";

    public const string LeafletScript = "/_content/Pst.Themes.Jateng/lib/leaflet/leaflet.js";
    public const string LeafletStyle = "/_content/Pst.Themes.Jateng/lib/leaflet/leaflet.css";
    public const string PickerScript = "/_content/Pst.Products.Maps/js/map-picker.js";
    public const string PickerStyle = "/_content/Pst.Products.Maps/css/map-picker.css";
}
