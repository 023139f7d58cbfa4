using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Pst.Core.Files;
using Pst.Core.Kernel;
using Pst.Core.Products;
using Pst.Data;
using Pst.Data.Accounts;
using Pst.Data.Providers;
using Pst.Ordering.Abstractions;
using Pst.Ordering.Abstracts;
using Pst.Ordering.Drafting;
using Pst.Ordering.Tests.Abstracts;
using Pst.Ordering.Lifecycle;
using Pst.Ordering.Offers;
using Pst.Ordering.Persistence;
using Pst.Ordering.Requests;
using Pst.Ordering.Tests.Persistence;
using UglyToad.PdfPig;

namespace Pst.Ordering.Tests.Offers;

/// <summary>
/// The offer of a request whose product needs a signed agreement (as microdata and maps do), through the real
/// services on a real database: the draft asks for the abstract, and the officer's offer carries the invoice, the
/// type's sample and the agreement prefilled with the customer and the request; a correction of the name replaces both.
/// </summary>
public sealed class IssueOfferTests : IAsyncLifetime
{
    private static readonly RequestActor Customer = new("customer-dataset", ActorRole.Customer);
    private static readonly RequestActor Officer = new("officer-dataset", ActorRole.Officer);
    private readonly DatasetDatabase _database = new();

    public ValueTask InitializeAsync() => _database.InitializeAsync();

    public ValueTask DisposeAsync() => _database.DisposeAsync();

    [Fact]
    public async Task An_offer_of_data_needing_an_agreement_carries_the_agreement_prefilled_and_a_correction_replaces_it()
    {
        var id = await _database.InScopeAsync(async sp =>
        {
            var outcome = (await sp.GetRequiredService<DraftRequests>().AddAsync(Customer, "susenas-2025-kor", LineChoices.Of(("period", ["2025-03"]))))!;
            var request = (await sp.GetRequiredService<RequestStore>().FindAsync(outcome.RequestId!.Value))!;
            Assert.Equal([DocumentCodes.DataUseAbstract], request.Documents.Select(d => d.Code));
            Assert.True(request.NeedsAgreement);
            Assert.Empty(await sp.GetRequiredService<WriteDataUseAbstract>().WriteAsync(request, Customer, TestAbstract.Author, TestAbstract.Written));
            await sp.GetRequiredService<SubmitRequest>().SubmitAsync(request, Customer);
            return request.Id;
        });

        await _database.InScopeAsync(async sp =>
        {
            var store = sp.GetRequiredService<RequestStore>();
            var request = (await store.FindAsync(id))!;
            request.AcceptDocument(Officer, DocumentCodes.DataUseAbstract);
            request.Fire(RequestTrigger.CompleteRequirements, Officer, DateTimeOffset.UtcNow);
            await store.SaveAsync();
            await sp.GetRequiredService<IssueOffer>().IssueAsync(request, Officer, "https://pst.example");
        });

        var agreement = await TextOfCurrentAsync(id, IssuedFileKind.Agreement);
        Assert.Contains("SURAT PERJANJIAN PENGGUNAAN DATA", agreement, StringComparison.Ordinal);
        Assert.Contains("Dewi Anggraini, Universitas Sebelas Maret (dewi@example.org), sebagai penerima data", agreement, StringComparison.Ordinal);
        Assert.Contains("Susenas Maret 2025 KOR", agreement, StringComparison.Ordinal);
        Assert.Contains("Period Maret 2025", agreement, StringComparison.Ordinal); // the exact data: the choice made, by its label
        Assert.Contains("meterai Rp10.000", agreement, StringComparison.Ordinal);
        Assert.Contains("Rp20.000,00", await TextOfCurrentAsync(id, IssuedFileKind.Invoice), StringComparison.Ordinal);
        await _database.InScopeAsync(async sp =>
        {
            var sample = (await sp.GetRequiredService<RequestStore>().FindAsync(id))!.Current(IssuedFileKind.Sample)!;
            Assert.Equal(("contoh-susenas-2025-kor.csv", 1), (sample.FileName, sample.LineNumber));
            await using var content = (await sp.GetRequiredService<IFileStore>().OpenAsync(sample.FileId))!;
            Assert.Equal(TestDatasetProductType.Sample, await new StreamReader(content).ReadToEndAsync());
        });

        await _database.InScopeAsync(async sp =>
        {
            var store = sp.GetRequiredService<RequestStore>();
            var request = (await store.FindAsync(id))!;
            request.Fire(RequestTrigger.RequestOfferCorrection, Customer, DateTimeOffset.UtcNow, "Nama saya Dewi Anggraeni");
            await store.SaveAsync();
            await sp.GetRequiredService<IssueOffer>().AnswerCorrectionAsync(request, Officer, "Sudah diperbaiki", "Dewi Anggraeni", "Universitas Sebelas Maret", "https://pst.example");
        });

        Assert.Contains("Dewi Anggraeni, Universitas Sebelas Maret", await TextOfCurrentAsync(id, IssuedFileKind.Agreement), StringComparison.Ordinal);
        Assert.Contains("Dewi Anggraeni, Universitas Sebelas Maret", await TextOfCurrentAsync(id, IssuedFileKind.Invoice), StringComparison.Ordinal);
        await _database.InScopeAsync(async sp =>
        {
            var request = (await sp.GetRequiredService<RequestStore>().FindAsync(id))!;
            Assert.Equal(2, request.IssuedFiles.Count(f => f.Kind == IssuedFileKind.Agreement));
            var replaced = request.IssuedFiles.First(f => f.Kind == IssuedFileKind.Agreement && f.Replaced);
            Assert.Equal(Core.Documents.IssuedDocumentStatus.Replaced, (await sp.GetRequiredService<Core.Documents.IIssuedDocuments>().FindAsync(replaced.Number!))!.Status);
        });
    }

    private Task<string> TextOfCurrentAsync(Guid id, IssuedFileKind kind) => _database.InScopeAsync(async sp =>
    {
        var request = (await sp.GetRequiredService<RequestStore>().FindAsync(id))!;
        await using var content = (await sp.GetRequiredService<IFileStore>().OpenAsync(request.Current(kind)!.FileId))!;
        using var buffer = new MemoryStream();
        await content.CopyToAsync(buffer);
        using var pdf = PdfDocument.Open(buffer.ToArray());
        return string.Join(" ", pdf.GetPages().SelectMany(p => p.GetWords()).Select(w => w.Text));
    });

    /// <summary>The ordering module with the test dataset type, a catalogue item, the tariff and a customer with a complete profile.</summary>
    private sealed class DatasetDatabase : SqliteOrderingDatabase
    {
        protected override void Configure(IServiceCollection services) => services.AddSingleton<IProductType, TestDatasetProductType>();

        public override async ValueTask InitializeAsync()
        {
            await base.InitializeAsync();
            await InScopeAsync(async sp =>
            {
                await sp.GetRequiredService<ICatalogueStore>().SetAsync(new CatalogueItem("susenas-2025-kor", "dataset", "Susenas Maret 2025 KOR", new JsonObject()));
                await sp.GetRequiredService<ITariffStore>().SetAsync(new TariffSchedule("PP 13/2024", new DateOnly(2024, 1, 1), [new TariffItem("II.A", "Data mikro tanpa proses data, sampai dengan 1 MB", "1 MB", new Rupiah(20_000))]));
                var db = sp.GetRequiredService<PstDbContext>();
                db.Set<PstUser>().Add(new PstUser { Id = Customer.UserId, UserName = "dewi@example.org", Email = "dewi@example.org", FullName = "Dewi Anggraini", Institution = "Universitas Sebelas Maret", Segment = CustomerSegment.Researcher, Domicile = Domicile.Indonesia });
                db.Set<PstUser>().Add(new PstUser { Id = Officer.UserId, UserName = "petugas@example.org", Email = "petugas@example.org", FullName = "Budi Santoso" });
                await db.SaveChangesAsync();
            });
        }
    }
}
