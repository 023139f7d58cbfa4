using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;

namespace Pst.Products.Microdata.Extraction;

/// <summary>Zips the files of a delivery with a <c>SHA256SUMS</c> of each (checked with <c>sha256sum -c SHA256SUMS</c>).</summary>
public static class ChecksummedZip
{
    public const string ChecksumsName = "SHA256SUMS";

    /// <param name="folder">Where the files are; the checksums file is written there too.</param>
    public static void Write(string folder, IReadOnlyList<string> names, string zipPath)
    {
        var sums = new StringBuilder();
        foreach (var name in names)
        {
            using var file = File.OpenRead(Path.Combine(folder, name));
            sums.Append(Convert.ToHexStringLower(SHA256.HashData(file))).Append("  ").Append(name).Append('\n');
        }

        File.WriteAllText(Path.Combine(folder, ChecksumsName), sums.ToString(), new UTF8Encoding(false));
        using var zip = ZipFile.Open(zipPath, ZipArchiveMode.Create);
        foreach (var name in names.Append(ChecksumsName))
        {
            zip.CreateEntryFromFile(Path.Combine(folder, name), name, CompressionLevel.Optimal);
        }
    }
}
