using System.Security.Cryptography;
using System.Text.Json.Nodes;
using Pst.Core.Files;

namespace Pst.Core.Products;

/// <summary>
/// Files a recipe names for a catalogue item (a publication's PDF, a dataset's questionnaire): checked by content,
/// put in the file store, and kept on the item as <c>{ id, sha256, contentType, length }</c>. An unchanged file (same
/// SHA-256) keeps its stored copy, so applying a recipe again changes nothing.
/// </summary>
public static class CatalogueFiles
{
    public const long MaxBytes = 200 * 1024 * 1024;

    /// <summary>What the upload check says of the file (PDF, JPEG or PNG within the size limit).</summary>
    public static UploadVerdict Inspect(string path)
    {
        using var stream = File.OpenRead(path);
        Span<byte> header = stackalloc byte[UploadCheck.HeaderLength];
        var read = stream.Read(header);
        return UploadCheck.Inspect(header[..read], stream.Length, MaxBytes);
    }

    /// <summary>The stored copy of the file: the one already stored when its content is the same, else a new one.</summary>
    /// <param name="kind">The extension and content type of a file the caller has checked itself (a CSV sample); else the upload check decides.</param>
    public static async Task<JsonObject> StoreAsync(IFileStore files, string path, JsonObject? stored, (string Extension, string ContentType)? kind = null, CancellationToken cancellationToken = default)
    {
        string sha256;
        await using (var read = File.OpenRead(path))
        {
            sha256 = Convert.ToHexStringLower(await SHA256.HashDataAsync(read, cancellationToken));
        }

        if (stored?["sha256"]?.GetValue<string>() == sha256)
        {
            return stored.DeepClone().AsObject();
        }

        var (extension, contentType) = kind ?? (Inspect(path) is var verdict ? (verdict.Extension, verdict.ContentType) : default);
        await using var content = File.OpenRead(path);
        var file = await files.SaveAsync(content, extension, contentType, cancellationToken);
        return new JsonObject { ["id"] = file.Id, ["sha256"] = sha256, ["contentType"] = file.ContentType, ["length"] = file.Length };
    }
}
