using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Pst.Core.Files;
using Pst.Core.Kernel;
using Pst.Core.Products;
using Pst.Data;
using Pst.Data.Accounts;
using Pst.Documents;
using Pst.Ordering.Abstractions;
using Pst.Ordering.Abstracts;
using Pst.Ordering.Drafting;
using Pst.Ordering.Lifecycle;
using Pst.Ordering.Persistence;
using Pst.Ordering.Requests;
using Pst.Ordering.Tests.Offers;
using Pst.Ordering.Tests.Persistence;
using UglyToad.PdfPig;

namespace Pst.Ordering.Tests.Abstracts;

/// <summary>
/// The data-use abstract written on its form: every field required and bounded, the statement made, the answers
/// made into a PDF read back here, kept on the request, and a refused abstract leaving nothing behind.
/// </summary>
public sealed class AbstractTests : IAsyncLifetime
{
    private static readonly DataUseAbstract Written = TestAbstract.Written;

    private static readonly RequestActor Customer = new("customer-abstract", ActorRole.Customer);
    private static readonly CustomerDetails Author = TestAbstract.Author;
    private readonly AbstractDatabase _database = new();

    public ValueTask InitializeAsync() => _database.InitializeAsync();

    public ValueTask DisposeAsync() => _database.DisposeAsync();

    [Fact]
    public void Every_text_field_is_required_and_bounded_and_the_statement_must_be_made()
    {
        Assert.Empty(Written.Validate());

        var empty = new DataUseAbstract(" ", "", "", "", "", "", "", "", false);
        Assert.Equal(
            [.. DataUseAbstract.TextFields.Select(f => (f.Field, "Abstract.Required")), ("NoRedistribution", "Abstract.StatementRequired")],
            empty.Validate().Select(f => (f.Field, f.Message)));

        var long_ = Written with { Title = new string('a', 301) };
        var fault = Assert.Single(long_.Validate());
        Assert.Equal(("Title", "Abstract.TooLong", 300), (fault.Field, fault.Message, (int)fault.Arguments[0]));
        Assert.Equal(Written, DataUseAbstract.FromJson(Written.ToJson()));
    }

    [Fact]
    public void The_pdf_carries_every_answer_under_its_heading_with_the_statement_and_the_author()
    {
        var pdf = DataUseAbstractDocument.Compose(Written, new AbstractAuthor(Author.Name, Author.Institution, Author.Email, "PST-2026-00042", new DateTimeOffset(2026, 3, 2, 9, 0, 0, OfficeTime.Offset)), new Letterhead("BPS PROVINSI JAWA TENGAH", "Jl. Pahlawan", ""));
        var text = TextOf(pdf);
        Assert.Contains("ABSTRAKSI PENGGUNAAN DATA", text, StringComparison.Ordinal);
        Assert.Contains("PST-2026-00042", text, StringComparison.Ordinal);
        Assert.Contains("Dewi Anggraini, Universitas Sebelas Maret (dewi@example.org)", text, StringComparison.Ordinal);
        Assert.Contains("Variabel yang digunakan dan alasannya", text, StringComparison.Ordinal);
        Assert.Contains("R1807 — sumber air minum, untuk menentukan air minum layak", text, StringComparison.Ordinal);
        Assert.Contains("Repositori Universitas Sebelas Maret", text, StringComparison.Ordinal);
        Assert.Contains("tidak saya berikan, seluruhnya atau sebagian, kepada pihak lain", text, StringComparison.Ordinal);
        Assert.Contains("2 Maret 2026", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_written_abstract_is_attached_as_a_pdf_and_kept_and_a_refused_one_leaves_nothing()
    {
        var id = await _database.InScopeAsync(async sp =>
        {
            var outcome = (await sp.GetRequiredService<DraftRequests>().AddAsync(Customer, "susenas-2025-kor", LineChoices.Empty))!;
            var request = (await sp.GetRequiredService<RequestStore>().FindAsync(outcome.RequestId!.Value))!;

            // Online the abstract is written on its form; a file is refused.
            var upload = await Assert.ThrowsAsync<TransitionRefusedException>(() => sp.GetRequiredService<UploadRequirement>().UploadAsync(request, Customer, DocumentCodes.DataUseAbstract, new MemoryStream("%PDF-1.4 abstraksi"u8.ToArray()), 18));
            Assert.Equal("The data-use abstract is written on its form, not uploaded.", upload.MessageKey);

            var faults = await sp.GetRequiredService<WriteDataUseAbstract>().WriteAsync(request, Customer, Author, Written with { Method = "", NoRedistribution = false });
            Assert.Equal(["Method", "NoRedistribution"], faults.Select(f => f.Field));
            return request.Id;
        });
        Assert.Equal(0, StoredPdfs());
        await _database.InScopeAsync(async sp =>
        {
            var request = (await sp.GetRequiredService<RequestStore>().FindAsync(id))!;
            Assert.Equal(DocumentStatus.Missing, request.Documents.Single().Status);
            Assert.Empty(await sp.GetRequiredService<WriteDataUseAbstract>().WriteAsync(request, Customer, Author, Written with { Title = "  " + Written.Title + "  " }));
        });

        await _database.InScopeAsync(async sp =>
        {
            var store = sp.GetRequiredService<RequestStore>();
            var request = (await store.FindAsync(id))!;
            var document = request.Documents.Single();
            Assert.Equal(DocumentStatus.Uploaded, document.Status);
            Assert.Equal(Written, DataUseAbstract.FromJson(document.ContentJson)); // kept trimmed
            await using (var content = (await sp.GetRequiredService<IFileStore>().OpenAsync(document.FileId!))!)
            {
                using var buffer = new MemoryStream();
                await content.CopyToAsync(buffer);
                var text = TextOf(buffer.ToArray());
                Assert.Contains("Ketimpangan akses air minum layak di Jawa Tengah", text, StringComparison.Ordinal);
                Assert.Contains("draf (nomor diberikan saat permintaan dikirim)", text, StringComparison.Ordinal);
            }

            // Once sent and accepted, the abstract stands: writing it again is refused and its PDF removed.
            await sp.GetRequiredService<SubmitRequest>().SubmitAsync(request, Customer);
            request.AcceptDocument(new RequestActor("officer-abstract", ActorRole.Officer), DocumentCodes.DataUseAbstract);
            await store.SaveAsync();
            await Assert.ThrowsAsync<TransitionRefusedException>(() => sp.GetRequiredService<WriteDataUseAbstract>().WriteAsync(request, Customer, Author, Written with { Title = "Judul lain" }));
        });
        Assert.Equal(1, StoredPdfs());
        await _database.InScopeAsync(async sp =>
            Assert.Equal(Written.Title, DataUseAbstract.FromJson((await sp.GetRequiredService<RequestStore>().FindAsync(id))!.Documents.Single().ContentJson)!.Title));
    }

    private int StoredPdfs() => _database.StoredFiles("*.pdf");

    private static string TextOf(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        return string.Join(" ", document.GetPages().SelectMany(p => p.GetWords()).Select(w => w.Text));
    }

    /// <summary>The ordering module with the test dataset type (which needs the abstract) and a customer with a complete profile.</summary>
    private sealed class AbstractDatabase : SqliteOrderingDatabase
    {
        protected override void Configure(IServiceCollection services) => services.AddSingleton<IProductType, TestDatasetProductType>();

        public int StoredFiles(string pattern) => System.IO.Directory.GetFiles(Directory, pattern, SearchOption.AllDirectories).Length;

        public override async ValueTask InitializeAsync()
        {
            await base.InitializeAsync();
            await InScopeAsync(async sp =>
            {
                await sp.GetRequiredService<ICatalogueStore>().SetAsync(new CatalogueItem("susenas-2025-kor", "dataset", "Susenas Maret 2025 KOR", new JsonObject()));
                var db = sp.GetRequiredService<PstDbContext>();
                db.Set<PstUser>().Add(new PstUser { Id = Customer.UserId, UserName = "dewi@example.org", Email = "dewi@example.org", FullName = "Dewi Anggraini", Institution = "Universitas Sebelas Maret", Segment = CustomerSegment.Researcher, Domicile = Domicile.Indonesia });
                await db.SaveChangesAsync();
            });
        }
    }
}
