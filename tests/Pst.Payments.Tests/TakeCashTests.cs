using Pst.Ordering.Offers;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Pst.Core.Files;
using Pst.Core.Kernel;
using Pst.Core.Messaging;
using Pst.Core.Products;
using Pst.Data;
using Pst.Data.Accounts;
using Pst.Data.Providers;
using Pst.Ordering;
using Pst.Ordering.Abstractions;
using Pst.Ordering.Abstracts;
using Pst.Ordering.Drafting;
using Pst.Ordering.Lifecycle;
using Pst.Ordering.Persistence;
using Pst.Ordering.Requests;
using Pst.Ordering.Tests.Abstracts;
using Pst.Ordering.Tests.Offers;
using Pst.Payments.Receipts;
using Pst.Payments.Settling;
using UglyToad.PdfPig;

namespace Pst.Payments.Tests;

/// <summary>
/// Cash at the walk-in desk for data that needs a signed agreement (as microdata does), through the real services on
/// a real SQLite database: the treasurer takes the cash, but the receipt waits until the officer has the signed
/// agreement; cash is never taken on an online request.
/// </summary>
public sealed class TakeCashTests : IAsyncLifetime
{
    private static readonly RequestActor Visitor = new("visitor-cash", ActorRole.Customer);
    private static readonly RequestActor Officer = new("officer-cash", ActorRole.Officer);
    private static readonly RequestActor Treasurer = new("treasurer-cash", ActorRole.Treasurer);
    private readonly string _directory = Directory.CreateTempSubdirectory("pst-payments-tests-").FullName;
    private ServiceProvider _services = null!;

    public async ValueTask InitializeAsync()
    {
        _services = ModuleServices.Build(
            [new OrderingModule(), new PaymentsModule()],
            await ModuleServices.MigratedSqliteAsync(_directory),
            _directory,
            s => s.AddSingleton<IProductType, TestDatasetProductType>());
        await _services.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<PstDbContext>();
            await sp.GetRequiredService<ICatalogueStore>().SetAsync(new CatalogueItem("susenas-2025-kor", "dataset", "Susenas Maret 2025 KOR", new JsonObject()));
            await sp.GetRequiredService<ITariffStore>().SetAsync(new TariffSchedule("PP 13/2024", new DateOnly(2024, 1, 1), [new TariffItem("II.A", "Data mikro tanpa proses data, sampai dengan 1 MB", "1 MB", new Rupiah(20_000))]));
            db.Set<PstUser>().Add(new PstUser { Id = Visitor.UserId, UserName = "tamu@example.org", Email = "tamu@example.org", FullName = "Agus Salim", Segment = CustomerSegment.Researcher, Domicile = Domicile.Indonesia });
            db.Set<PstUser>().Add(new PstUser { Id = Officer.UserId, UserName = "petugas@example.org", Email = "petugas@example.org", FullName = "Budi Santoso" });
            db.Set<PstUser>().Add(new PstUser { Id = Treasurer.UserId, UserName = "bendahara@example.org", Email = "bendahara@example.org", FullName = "Sri Wahyuni" });
            await db.SaveChangesAsync();
        });
    }

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        Directory.Delete(_directory, recursive: true);
    }

    [Fact]
    public async Task Cash_for_data_needing_an_agreement_is_taken_and_the_receipt_follows_the_signed_agreement()
    {
        var id = await ToAwaitingPaymentAsync(SalesChannel.WalkIn);

        await _services.InScopeAsync(async sp =>
        {
            var request = await AsTreasurerSeesItAsync(sp, id);
            var cash = sp.GetRequiredService<TakeCash>();
            var tooLittle = await Assert.ThrowsAsync<TransitionRefusedException>(() => cash.TakeAsync(request, Treasurer, new Rupiah(19_999), "https://pst.example"));
            Assert.Equal("The cash received ({0}) is less than the amount due ({1}).", tooLittle.MessageKey);
            // 50,000 handed over for 20,000 due: 30,000 to give back.
            Assert.Equal(new CashTaken(false, new Rupiah(30_000)), await cash.TakeAsync(request, Treasurer, new Rupiah(50_000), "https://pst.example"));
        });

        await _services.InScopeAsync(async sp =>
        {
            var store = sp.GetRequiredService<RequestStore>();
            var request = (await store.FindAsync(id))!;
            var payment = (await sp.GetRequiredService<PaymentRecords>().ForAsync(id)).Payment!;
            Assert.Equal((RequestState.PaymentSettled, PaymentMethod.Cash, 20_000L), (request.State, payment.Method, payment.Amount));
            Assert.Null(request.Current(IssuedFileKind.Receipt));

            request.Fire(RequestTrigger.ReceiveSignedAgreement, Officer, DateTimeOffset.UtcNow);
            await store.SaveAsync();
            await sp.GetRequiredService<Receipts.IssueReceipt>().IssueAsync(await AsTreasurerSeesItAsync(sp, id), Treasurer, "https://pst.example");
            Assert.Equal(RequestState.ReceiptIssued, request.State);
            await using var content = (await sp.GetRequiredService<IFileStore>().OpenAsync(request.Current(IssuedFileKind.Receipt)!.FileId))!;
            using var buffer = new MemoryStream();
            await content.CopyToAsync(buffer);
            using var pdf = PdfDocument.Open(buffer.ToArray());
            Assert.Contains("Tunai kepada bendahara di loket PST", string.Join(" ", pdf.GetPages().SelectMany(p => p.GetWords()).Select(w => w.Text)), StringComparison.Ordinal);
        });
    }

    [Fact]
    public async Task A_corrected_receipt_replaces_the_first_and_the_revenue_counts_the_money_once_in_its_month()
    {
        var id = await ToAwaitingPaymentAsync(SalesChannel.WalkIn);
        await _services.InScopeAsync(async sp =>
        {
            await sp.GetRequiredService<TakeCash>().TakeAsync(await AsTreasurerSeesItAsync(sp, id), Treasurer, new Rupiah(20_000), "https://pst.example");
            var store = sp.GetRequiredService<RequestStore>();
            (await store.FindAsync(id))!.Fire(RequestTrigger.ReceiveSignedAgreement, Officer, DateTimeOffset.UtcNow);
            await store.SaveAsync();
            await sp.GetRequiredService<IssueReceipt>().IssueAsync(await AsTreasurerSeesItAsync(sp, id), Treasurer, "https://pst.example");
        });

        await _services.InScopeAsync(async sp =>
        {
            var first = (await sp.GetRequiredService<PaymentRecords>().ForAsync(id)).Receipt!;
            await sp.GetRequiredService<IssueReceipt>().CorrectAsync(await AsTreasurerSeesItAsync(sp, id), Treasurer, "Agus Salim, S.E.", "CV Data Jaya", "Jl. Pemuda 1, Semarang", "https://pst.example");
            var corrected = (await sp.GetRequiredService<PaymentRecords>().ForAsync(id)).Receipt!;
            Assert.NotEqual(first.Number, corrected.Number);
            Assert.Equal((first.Number, first.IssuedAt, 20_000L), (corrected.Replaces, corrected.IssuedAt, corrected.Amount));
            Assert.Equal(corrected.Number, (await sp.GetRequiredService<Pst.Core.Documents.IIssuedDocuments>().FindAsync(first.Number))!.ReplacedBy);
            Assert.Equal(corrected.Number, (await AsTreasurerSeesItAsync(sp, id)).Current(IssuedFileKind.Receipt)!.Number);

            // The facts: receipts issued, of which zero tariff, revenue.
            var revenue = await sp.GetServices<Pst.Core.Reports.IServiceReport>().OfType<Reports.RevenueReport>().Single()
                .BuildAsync(ReportPeriod.Containing(PeriodKind.Month, OfficeTime.DateOf(first.IssuedAt)));
            Assert.Equal((1, 20_000L), (Convert.ToInt32(revenue.Facts[0].Value, System.Globalization.CultureInfo.InvariantCulture), Convert.ToInt64(revenue.Facts[2].Value, System.Globalization.CultureInfo.InvariantCulture)));
        });
    }

    [Fact]
    public async Task Cash_is_never_taken_on_an_online_request()
    {
        var id = await ToAwaitingPaymentAsync(SalesChannel.Online);
        await _services.InScopeAsync(async sp =>
        {
            var request = await AsTreasurerSeesItAsync(sp, id);
            var refused = await Assert.ThrowsAsync<TransitionRefusedException>(() => sp.GetRequiredService<TakeCash>().TakeAsync(request, Treasurer, new Rupiah(20_000), "https://pst.example"));
            Assert.Equal("Cash is taken only from visitors at the office.", refused.MessageKey);
            Assert.Null((await sp.GetRequiredService<PaymentRecords>().ForAsync(id)).Payment);
        });
    }

    /// <summary>The request as the payments module reads it, through the ordering contract.</summary>
    private static async Task<RequestSummary> AsTreasurerSeesItAsync(IServiceProvider services, Guid id) =>
        (await services.GetRequiredService<IMessages>().SendAsync(new GetRequest(id, Treasurer)))!;

    /// <summary>A request for the dataset taken to "waiting for payment": put together online by the customer, or at the desk by the officer.</summary>
    private Task<Guid> ToAwaitingPaymentAsync(SalesChannel channel) => _services.InScopeAsync(async sp =>
    {
        var drafts = sp.GetRequiredService<DraftRequests>();
        var drafter = channel == SalesChannel.WalkIn ? Officer : Visitor;
        var deskId = channel == SalesChannel.WalkIn ? (await drafts.OpenAtDeskAsync(Officer, Visitor.UserId)).Id : (Guid?)null;
        var id = (await drafts.AddAsync(drafter, "susenas-2025-kor", LineChoices.Empty, deskId))!.RequestId!.Value;
        var store = sp.GetRequiredService<RequestStore>();
        var request = (await store.FindAsync(id))!;
        foreach (var document in request.Documents.Select(d => d.Code).ToList())
        {
            if (document == DocumentCodes.DataUseAbstract && channel == SalesChannel.Online)
            {
                Assert.Empty(await sp.GetRequiredService<WriteDataUseAbstract>().WriteAsync(request, drafter, TestAbstract.Author, TestAbstract.Written));
                continue;
            }

            Assert.Null(await sp.GetRequiredService<UploadRequirement>().UploadAsync(request, drafter, document, new MemoryStream("%PDF-1.4 dokumen"u8.ToArray()), 16));
        }

        await sp.GetRequiredService<SubmitRequest>().SubmitAsync(request, drafter);
        foreach (var document in request.Documents)
        {
            request.AcceptDocument(Officer, document.Code);
        }

        request.Fire(RequestTrigger.CompleteRequirements, Officer, DateTimeOffset.UtcNow);
        await store.SaveAsync();
        await sp.GetRequiredService<IssueOffer>().IssueAsync(request, Officer, "https://pst.example");
        request.Fire(RequestTrigger.AcceptOffer, drafter, DateTimeOffset.UtcNow);
        request.Fire(RequestTrigger.MarkProductReady, Officer, DateTimeOffset.UtcNow);
        await store.SaveAsync();
        return id;
    });
}
