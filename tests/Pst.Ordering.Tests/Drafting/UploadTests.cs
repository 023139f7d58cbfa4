using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Pst.Core.Files;
using Pst.Core.Kernel;
using Pst.Core.Products;
using Pst.Data;
using Pst.Data.Accounts;
using Pst.Ordering.Abstractions;
using Pst.Ordering.Abstracts;
using Pst.Ordering.Drafting;
using Pst.Ordering.Persistence;
using Pst.Ordering.Tests.Abstracts;
using Pst.Ordering.Tests.Offers;
using Pst.Ordering.Tests.Persistence;

namespace Pst.Ordering.Tests.Drafting;

/// <summary>
/// Uploads on a real file store: a document uploaded (or written) again leaves no old file behind once saved, and a
/// request holds at most its quota of bytes, the file being replaced not counted; a refused upload stores nothing.
/// </summary>
public sealed class UploadTests : IAsyncLifetime
{
    private static readonly RequestActor Customer = new("customer-uploads", ActorRole.Customer);
    private readonly UploadDatabase _database = new();

    public ValueTask InitializeAsync() => _database.InitializeAsync();

    public ValueTask DisposeAsync() => _database.DisposeAsync();

    private static MemoryStream Pdf(int length)
    {
        var bytes = new byte[length];
        "%PDF-1.4 npwp"u8.CopyTo(bytes);
        return new MemoryStream(bytes);
    }

    [Fact]
    public async Task A_replaced_upload_is_deleted_once_saved_and_a_request_holds_at_most_its_quota()
    {
        await _database.InScopeAsync(async sp =>
        {
            var store = sp.GetRequiredService<RequestStore>();
            var uploads = sp.GetRequiredService<UploadRequirement>();
            var files = sp.GetRequiredService<IFileStore>();
            var outcome = (await sp.GetRequiredService<DraftRequests>().AddAsync(Customer, "susenas-2025-kor", LineChoices.Empty))!;
            var request = (await store.FindAsync(outcome.RequestId!.Value))!;
            Assert.Equal([DocumentCodes.DataUseAbstract, DocumentCodes.Npwp], request.Documents.Select(d => d.Code).Order());

            // The written abstract is held; the quota leaves room for 1,500 bytes more.
            Assert.Empty(await sp.GetRequiredService<WriteDataUseAbstract>().WriteAsync(request, Customer, TestAbstract.Author, TestAbstract.Written));
            var abstractBytes = (await files.LengthAsync(request.Documents.Single(d => d.Code == DocumentCodes.DataUseAbstract).FileId!))!.Value;
            sp.GetRequiredService<FileStoreOptions>().MaxRequestUploadBytes = abstractBytes + 1_500;

            Assert.Null(await uploads.UploadAsync(request, Customer, DocumentCodes.Npwp, Pdf(1_000), 1_000));
            var first = request.Documents.Single(d => d.Code == DocumentCodes.Npwp).FileId!;
            Assert.Equal(2, _database.StoredFiles());

            // Uploaded again, larger: the old file no longer counts and is gone once saved.
            Assert.Null(await uploads.UploadAsync(request, Customer, DocumentCodes.Npwp, Pdf(1_400), 1_400));
            var second = request.Documents.Single(d => d.Code == DocumentCodes.Npwp).FileId!;
            Assert.NotEqual(first, second);
            Assert.Null(await files.OpenAsync(first));
            Assert.Equal(2, _database.StoredFiles());

            // Past the quota: refused, nothing stored, the document keeps its file.
            var refusal = await uploads.UploadAsync(request, Customer, DocumentCodes.Npwp, Pdf(1_600), 1_600);
            Assert.StartsWith("This request already holds {0} MB of files", refusal!.MessageKey, StringComparison.Ordinal);
            Assert.Equal(second, request.Documents.Single(d => d.Code == DocumentCodes.Npwp).FileId);
            Assert.Equal(2, _database.StoredFiles());

            // The abstract written again replaces its PDF.
            var oldAbstract = request.Documents.Single(d => d.Code == DocumentCodes.DataUseAbstract).FileId!;
            Assert.Empty(await sp.GetRequiredService<WriteDataUseAbstract>().WriteAsync(request, Customer, TestAbstract.Author, TestAbstract.Written with { Title = "Judul baru" }));
            Assert.Null(await files.OpenAsync(oldAbstract));
            Assert.Equal(2, _database.StoredFiles());
        });
    }

    /// <summary>The test dataset (which needs the abstract) and a private business (which needs its NPWP).</summary>
    private sealed class UploadDatabase : SqliteOrderingDatabase
    {
        protected override void Configure(IServiceCollection services) => services.AddSingleton<IProductType, TestDatasetProductType>();

        public int StoredFiles() => System.IO.Directory.GetFiles(Path.Combine(Directory, "files"), "*", SearchOption.AllDirectories).Length;

        public override async ValueTask InitializeAsync()
        {
            await base.InitializeAsync();
            await InScopeAsync(async sp =>
            {
                await sp.GetRequiredService<ICatalogueStore>().SetAsync(new CatalogueItem("susenas-2025-kor", "dataset", "Susenas Maret 2025 KOR", new JsonObject()));
                var db = sp.GetRequiredService<PstDbContext>();
                db.Set<PstUser>().Add(new PstUser { Id = Customer.UserId, UserName = "usaha@example.org", Email = "usaha@example.org", FullName = "CV Data", Institution = "CV Data", Segment = CustomerSegment.PrivateBusiness, Domicile = Domicile.Indonesia, Npwp = "0123456789012345" });
                await db.SaveChangesAsync();
            });
        }
    }
}
