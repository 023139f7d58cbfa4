using System.Text.Json.Nodes;
using Pst.Core.Documents;
using Pst.Core.Files;
using Pst.Core.Kernel;
using Pst.Core.Settings;
using Pst.Documents;

namespace Pst.Documents.Tests;

/// <summary>
/// The one way a numbered document is issued: the number drawn from its series (or given), the document composed
/// with the office's letterhead and the verification address of that number, stored, and registered as valid.
/// </summary>
public sealed class IssueDocumentTests
{
    private static readonly DateTimeOffset At = new(2026, 12, 7, 10, 0, 0, OfficeTime.Offset);
    private readonly Files _files = new();
    private readonly DocumentRegister _register = new();
    private readonly IssueDocument _issue;

    public IssueDocumentTests() => _issue = new IssueDocument(_files, _register, new Settings());

    [Fact]
    public async Task A_document_of_a_series_is_numbered_composed_with_its_verification_address_stored_and_registered()
    {
        DocumentContext? composedWith = null;
        var pdf = await _issue.IssueAsync(IssuedDocumentKind.Receipt, DocumentNumber.Yearly("KW", "receipt"), At, "https://pst.example/", d =>
        {
            composedWith = d;
            return "%PDF-1.4 kuitansi"u8.ToArray();
        }, "PST-2026-00001", new Rupiah(20_000));

        Assert.Equal(("KW-2026-00001", "KW-2026-00001.pdf", At), (pdf.Number, pdf.FileName, pdf.IssuedAt));
        Assert.Equal("https://pst.example/verifikasi/KW-2026-00001", composedWith!.VerificationUrl);
        Assert.Equal("BPS PROVINSI JAWA TENGAH", composedWith.Letterhead.OfficeName);
        Assert.Equal("%PDF-1.4 kuitansi", System.Text.Encoding.ASCII.GetString(_files.Saved[pdf.FileId]));
        Assert.Equal(new IssuedDocument("KW-2026-00001", IssuedDocumentKind.Receipt, At, new Rupiah(20_000), IssuedDocumentStatus.Valid, "PST-2026-00001"), Assert.Single(_register.Registered));
    }

    [Fact]
    public async Task A_given_number_is_kept_and_draws_nothing_from_a_series()
    {
        var pdf = await _issue.IssueAsync(IssuedDocumentKind.BillingSlip, DocumentNumber.Of("820260000000123"), At, "https://pst.example", _ => [1], "PST-2026-00001", new Rupiah(5_000), "kode-billing-820260000000123.pdf");

        Assert.Equal(("820260000000123", "kode-billing-820260000000123.pdf"), (pdf.Number, pdf.FileName));
        Assert.Equal(0, _register.Drawn);
    }

    [Fact]
    public async Task Discarding_deletes_the_stored_files()
    {
        var pdf = await _issue.IssueAsync(IssuedDocumentKind.Invoice, DocumentNumber.Yearly("INV", "invoice"), At, "https://pst.example", _ => [1], null, null);

        await _issue.DiscardAsync([pdf]);

        Assert.Empty(_files.Saved);
    }

    private sealed class Files : IFileStore
    {
        public Dictionary<string, byte[]> Saved { get; } = [];

        public Task<StoredFile> SaveAsync(Stream content, string extension, string contentType, CancellationToken cancellationToken = default)
        {
            using var buffer = new MemoryStream();
            content.CopyTo(buffer);
            var id = Guid.NewGuid().ToString("N") + extension;
            Saved[id] = buffer.ToArray();
            return Task.FromResult(new StoredFile(id, buffer.Length, contentType));
        }

        public Task<Stream?> OpenAsync(string id, CancellationToken cancellationToken = default) =>
            Task.FromResult<Stream?>(Saved.TryGetValue(id, out var bytes) ? new MemoryStream(bytes) : null);

        public Task DeleteAsync(string id, CancellationToken cancellationToken = default)
        {
            Saved.Remove(id);
            return Task.CompletedTask;
        }
    }

    private sealed class DocumentRegister : IIssuedDocuments
    {
        public List<IssuedDocument> Registered { get; } = [];

        public int Drawn { get; private set; }

        public Task<string> NextNumberAsync(string prefix, string series, DateTimeOffset at, CancellationToken cancellationToken = default) =>
            Task.FromResult($"{prefix}-{OfficeTime.DateOf(at).Year}-{++Drawn:D5}");

        public void Register(IssuedDocument document) => Registered.Add(document);

        public Task CommitAsync(CancellationToken cancellationToken = default) => Task.CompletedTask;

        public Task SetStatusAsync(string number, IssuedDocumentStatus status, string? replacedBy = null, CancellationToken cancellationToken = default) => Task.CompletedTask;

        public Task<IssuedDocument?> FindAsync(string number, CancellationToken cancellationToken = default) =>
            Task.FromResult(Registered.FirstOrDefault(d => d.Number == number));
    }

    private sealed class Settings : ISiteSettings
    {
        public Task<JsonNode?> GetAsync(string key, CancellationToken cancellationToken = default) =>
            Task.FromResult(key == "office" ? JsonNode.Parse("""{"name":"BPS Provinsi Jawa Tengah","address":"Jl. Pahlawan No. 6, Semarang"}""") : null);

        public Task SetAsync(string key, JsonNode? value, CancellationToken cancellationToken = default) => Task.CompletedTask;
    }
}
