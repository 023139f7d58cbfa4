using System.Text;

namespace Pst.Ordering.Serving;

/// <summary>
/// Whether a corrected product file the officer uploads is in the format of the delivered file it replaces, known by
/// its first bytes for the formats products come in: PDF, ZIP containers (ZIP, XLSX, DOCX), GeoPackage, images, and
/// text (CSV, TXT, JSON: UTF-8 without NUL bytes). A file of another format, or a delivered file whose format cannot
/// be checked this way, is refused rather than delivered unchecked.
/// </summary>
internal static class ProductFileFormat
{
    /// <summary>How many leading bytes <see cref="Matches"/> reads.</summary>
    public const int HeaderLength = 4096;

    private static readonly byte[] PngMagic = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];
    private static readonly byte[] JpegMagic = [0xFF, 0xD8, 0xFF];
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static bool Matches(string deliveredName, ReadOnlySpan<byte> header) =>
        Path.GetExtension(deliveredName).ToLowerInvariant() switch
        {
            ".pdf" => header.StartsWith("%PDF-"u8),
            ".zip" or ".xlsx" or ".docx" => header.StartsWith("PK\x03\x04"u8),
            ".gpkg" => header.StartsWith("SQLite format 3\0"u8),
            ".png" => header.StartsWith(PngMagic),
            ".jpg" or ".jpeg" => header.StartsWith(JpegMagic),
            ".csv" or ".txt" or ".json" => IsText(header),
            _ => false,
        };

    /// <summary>UTF-8 text: no NUL byte, and valid UTF-8 but for a character the header may have cut in two at its end.</summary>
    private static bool IsText(ReadOnlySpan<byte> header)
    {
        if (header.IsEmpty || header.Contains((byte)0))
        {
            return false;
        }

        for (var cut = 0; cut < 4 && cut < header.Length; cut++)
        {
            try
            {
                StrictUtf8.GetCharCount(header[..^cut]);
                return true;
            }
            catch (DecoderFallbackException)
            {
                // Try without the last bytes: a multi-byte character may straddle the header's end.
            }
        }

        return false;
    }
}
