using System.Text;
using Pst.Core.Files;

namespace Pst.Core.Tests.Files;

public sealed class UploadCheckTests
{
    private const long Limit = 2 * 1024 * 1024;

    [Theory]
    [InlineData(new byte[] { 0x25, 0x50, 0x44, 0x46, 0x2D, 0x31, 0x2E, 0x37 }, UploadKind.Pdf, "application/pdf", ".pdf")]
    [InlineData(new byte[] { 0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, 0x4A, 0x46 }, UploadKind.Jpeg, "image/jpeg", ".jpg")]
    [InlineData(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }, UploadKind.Png, "image/png", ".png")]
    public void PDF_JPEG_and_PNG_are_known_by_their_first_bytes(byte[] header, UploadKind kind, string contentType, string extension)
    {
        var verdict = UploadCheck.Inspect(header, 1000, Limit);
        Assert.Equal((kind, contentType, extension), (verdict.Kind!.Value, verdict.ContentType, verdict.Extension));
    }

    [Theory]
    [InlineData("MZ\u0090\0\u0003\0\0\0")] // a Windows program, whatever it was named
    [InlineData("<html><s")]
    [InlineData("PK\u0003\u0004\u0014\0\0\0")] // a zip or Office file
    public void Anything_else_is_refused_whatever_its_name(string content)
    {
        var verdict = UploadCheck.Inspect(Encoding.Latin1.GetBytes(content), 1000, Limit);
        Assert.Equal((false, "Only PDF, JPEG or PNG files are accepted."), (verdict.Accepted, verdict.ErrorKey));
    }

    [Fact]
    public void Empty_and_oversized_files_are_refused_with_the_limit()
    {
        Assert.Equal("The file is empty.", UploadCheck.Inspect([], 0, Limit).ErrorKey);
        var large = UploadCheck.Inspect("%PDF-1.7"u8, Limit + 1, Limit);
        Assert.Equal(("The file is larger than {0} MB.", 2.0m), (large.ErrorKey, large.Arguments.Single()));
    }
}
