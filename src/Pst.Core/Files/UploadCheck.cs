namespace Pst.Core.Files;

/// <summary>The kinds of file customers may upload, known by their first bytes, never by the name the browser sent.</summary>
public enum UploadKind
{
    Pdf,
    Jpeg,
    Png,
}

/// <summary>The result of checking an upload: its kind, or why it is refused (a localisation key with its arguments).</summary>
public sealed record UploadVerdict(UploadKind? Kind, string? ErrorKey, params object[] Arguments)
{
    public bool Accepted => Kind is not null;

    public string ContentType => Kind switch
    {
        UploadKind.Pdf => "application/pdf",
        UploadKind.Jpeg => "image/jpeg",
        UploadKind.Png => "image/png",
        _ => "application/octet-stream",
    };

    public string Extension => Kind switch
    {
        UploadKind.Pdf => ".pdf",
        UploadKind.Jpeg => ".jpg",
        UploadKind.Png => ".png",
        _ => "",
    };
}

/// <summary>Checks an upload by its content: PDF, JPEG or PNG by magic bytes, not empty, not over the size limit.</summary>
public static class UploadCheck
{
    /// <summary>How many leading bytes <see cref="Inspect"/> needs.</summary>
    public const int HeaderLength = 8;

    private static readonly (UploadKind Kind, byte[] Magic)[] Signatures =
    [
        (UploadKind.Pdf, "%PDF-"u8.ToArray()),
        (UploadKind.Jpeg, [0xFF, 0xD8, 0xFF]),
        (UploadKind.Png, [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]),
    ];

    /// <summary>A size in megabytes (MiB), to one decimal, as the site states limits.</summary>
    public static decimal Megabytes(long bytes) => Math.Round(bytes / 1_048_576m, 1);

    public static UploadVerdict Inspect(ReadOnlySpan<byte> header, long length, long maxBytes)
    {
        if (length <= 0)
        {
            return new UploadVerdict(null, "The file is empty.");
        }

        if (length > maxBytes)
        {
            return new UploadVerdict(null, "The file is larger than {0} MB.", Megabytes(maxBytes));
        }

        foreach (var (kind, magic) in Signatures)
        {
            if (header.StartsWith(magic))
            {
                return new UploadVerdict(kind, null);
            }
        }

        return new UploadVerdict(null, "Only PDF, JPEG or PNG files are accepted.");
    }
}
