using Pst.Core.Documents;
using Pst.Core.Files;
using Pst.Core.Kernel;
using Pst.Core.Settings;

namespace Pst.Documents;

/// <summary>How an issued document is numbered: the next of a yearly series, or a number given from outside.</summary>
/// <param name="Prefix">With <paramref name="Series"/>: <c>KW</c> gives <c>KW-2026-00042</c>.</param>
/// <param name="Series">The counter the series draws from (<c>receipt</c>), one per year.</param>
/// <param name="Given">A number made elsewhere (the billing code SIMPONI gives).</param>
public sealed record DocumentNumber(string? Prefix, string? Series, string? Given)
{
    public static DocumentNumber Yearly(string prefix, string series) => new(prefix, series, null);

    public static DocumentNumber Of(string given) => new(null, null, given);
}

/// <summary>What a document is composed with: its number and date, the office's letterhead, and the address its QR code points to.</summary>
/// <param name="Signatory">Who signs for the office, when the office has set it.</param>
public sealed record DocumentContext(string Number, DateTimeOffset IssuedAt, Letterhead Letterhead, string VerificationUrl, OfficeSignatory? Signatory = null);

/// <summary>A document issued and stored: its number, the stored PDF and the name it is downloaded under.</summary>
public sealed record IssuedPdf(string Number, string FileId, string FileName, DateTimeOffset IssuedAt);

/// <summary>
/// The one way the office issues a numbered document (invoice, agreement, billing slip, receipt): number it, compose
/// the PDF with the letterhead and the verification QR code, store it, and register it for the public verification
/// page. The registration joins the caller's unit of work; should the caller's change fail after this, it calls
/// <see cref="DiscardAsync"/> so no stored file is left without its document.
/// </summary>
public sealed class IssueDocument(IFileStore files, IIssuedDocuments register, ISiteSettings settings)
{
    /// <param name="siteAddress">The site's public address (scheme and host), for the verification QR code.</param>
    /// <param name="fileName">The download name; the number with <c>.pdf</c> when not given.</param>
    public async Task<IssuedPdf> IssueAsync(
        IssuedDocumentKind kind,
        DocumentNumber numbering,
        DateTimeOffset at,
        string siteAddress,
        Func<DocumentContext, byte[]> compose,
        string? requestNumber,
        Rupiah? amount,
        string? fileName = null,
        CancellationToken cancellationToken = default)
    {
        var number = numbering.Given
            ?? await register.NextNumberAsync(numbering.Prefix!, numbering.Series!, at, cancellationToken);
        var office = await OfficeSettings.LoadAsync(settings, cancellationToken);
        var pdf = compose(new DocumentContext(number, at, OfficeLetterhead.From(office), DocumentText.VerificationUrl(siteAddress, number), office.Signatory));
        var stored = await files.SaveAsync(new MemoryStream(pdf), ".pdf", "application/pdf", cancellationToken);
        register.Register(new IssuedDocument(number, kind, at, amount, IssuedDocumentStatus.Valid, requestNumber));
        return new IssuedPdf(number, stored.Id, fileName ?? $"{number}.pdf", at);
    }

    /// <summary>Deletes the stored files of documents whose issuing change failed.</summary>
    public async Task DiscardAsync(IEnumerable<IssuedPdf> issued)
    {
        foreach (var pdf in issued)
        {
            await files.DeleteAsync(pdf.FileId, CancellationToken.None);
        }
    }
}
