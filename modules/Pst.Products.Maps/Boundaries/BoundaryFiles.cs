using System.Collections.Concurrent;
using System.Security.Cryptography;

namespace Pst.Products.Maps.Boundaries;

/// <summary>
/// Reads a layer file once per process: a recipe step validates the whole file before it executes, and every site of
/// a test run applies the same default recipe, so the parse (the province by desa is 13 MB) is kept by the file's
/// path, length, time and SHA-256.
/// </summary>
internal static class BoundaryFiles
{
    private static readonly ConcurrentDictionary<string, (string Stamp, string Sha256, BoundaryLayer Layer)> Parsed = new(StringComparer.Ordinal);

    public static (BoundaryLayer Layer, string Sha256) Read(string path, BoundaryLevel level)
    {
        var info = new FileInfo(path);
        var stamp = $"{level}/{info.Length}/{info.LastWriteTimeUtc.Ticks}";
        if (Parsed.TryGetValue(path, out var known) && known.Stamp == stamp)
        {
            return (known.Layer, known.Sha256);
        }

        var bytes = File.ReadAllBytes(path);
        var sha = Convert.ToHexStringLower(SHA256.HashData(bytes));
        using var stream = new MemoryStream(bytes, writable: false);
        var layer = BoundaryLayerReader.Read(stream, level);
        Parsed[path] = (stamp, sha, layer);
        return (layer, sha);
    }
}
