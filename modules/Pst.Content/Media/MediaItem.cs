using Pst.Content.Pages;

namespace Pst.Content.Media;

/// <summary>
/// An image or PDF uploaded for pages, kept in the file store and served at <c>/media/{id}</c>. An image carries the
/// text a screen reader reads in its place; the name is the editor's, for lists and downloads only.
/// </summary>
public sealed class MediaItem(Guid id, string fileId, string name, string contentType, long length, string? altText, string uploadedBy, DateTimeOffset uploadedAt)
{
    public const int NameMaxLength = 200;
    public const int AltTextMaxLength = 250;

    public Guid Id { get; private set; } = id;

    /// <summary>The file store's id (its own name for the file, with the extension of the checked content).</summary>
    public string FileId { get; private set; } = fileId;

    public string Name { get; private set; } = name;

    public string ContentType { get; private set; } = contentType;

    public long Length { get; private set; } = length;

    public string? AltText { get; private set; } = altText;

    public string UploadedBy { get; private set; } = uploadedBy;

    public DateTimeOffset UploadedAt { get; private set; } = uploadedAt;

    public bool IsImage => ContentType.StartsWith("image/", StringComparison.Ordinal);

    /// <summary>Checks and trims an image's text for screen readers: required, at most <see cref="AltTextMaxLength"/> characters.</summary>
    public static string? CheckAltText(string? altText, bool image)
    {
        var alt = string.IsNullOrWhiteSpace(altText) ? null : altText.Trim();
        if (alt is { Length: > AltTextMaxLength })
        {
            throw new ContentRefusedException("The text for an image has at most 250 characters.");
        }

        if (image && alt is null)
        {
            throw new ContentRefusedException("Describe the image for readers who cannot see it (alternative text).");
        }

        return alt;
    }

    public void ChangeAltText(string? altText) => AltText = CheckAltText(altText, IsImage);

    /// <summary>Another file in the same place: pages that show it show the new one. An image is replaced by an image, a PDF by a PDF.</summary>
    public void Replace(string fileId, string name, string contentType, long length, string uploadedBy, DateTimeOffset at)
    {
        if (contentType.StartsWith("image/", StringComparison.Ordinal) != IsImage)
        {
            throw new ContentRefusedException("Replace an image with an image, and a PDF with a PDF: the pages show it as they were written.");
        }

        (FileId, Name, ContentType, Length, UploadedBy, UploadedAt) = (fileId, name, contentType, length, uploadedBy, at);
    }

    public string Address => MediaAddresses.Of(Id);

    /// <summary>What an editor puts in a page's Markdown: the image with its text, or a link to the PDF.</summary>
    public string Markdown => IsImage ? $"![{Escape(AltText ?? "")}]({Address})" : $"[{Escape(Name)}]({Address})";

    private static string Escape(string text) => text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("[", "\\[", StringComparison.Ordinal).Replace("]", "\\]", StringComparison.Ordinal);
}

/// <summary>Where uploaded media are served.</summary>
public static class MediaAddresses
{
    public const string Prefix = "/media/";

    public static string Of(Guid id) => Prefix + id.ToString("N");
}
