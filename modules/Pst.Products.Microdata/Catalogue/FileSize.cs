using System.Globalization;

namespace Pst.Products.Microdata.Catalogue;

/// <summary>A file size as catalogue pages show it: decimal units, Indonesian digits ("2,85 MB").</summary>
public static class FileSize
{
    public static string Describe(long bytes)
    {
        var culture = CultureInfo.GetCultureInfo("id-ID");
        return bytes switch
        {
            >= 1_000_000_000 => (bytes / 1e9).ToString("0.##", culture) + " GB",
            >= 1_000_000 => (bytes / 1e6).ToString("0.##", culture) + " MB",
            >= 1_000 => (bytes / 1e3).ToString("0.##", culture) + " kB",
            _ => bytes.ToString(culture) + " B",
        };
    }
}
