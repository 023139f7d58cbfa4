using Microsoft.Extensions.DependencyInjection;
using Pst.Data.Numbering;
using Pst.Ordering.Lifecycle;
using Pst.Ordering.Persistence;
using Pst.Ordering.Requests;
using Pst.Ordering.Tests.Lifecycle;
using static Pst.Ordering.Tests.Lifecycle.TestRequests;

namespace Pst.Ordering.Tests.Persistence;

/// <summary>Requests saved and loaded on each database engine: state, documents, timeline, numbers, ownership and concurrent changes.</summary>
public abstract class RequestStoreTests<TDatabase> : IAsyncLifetime
    where TDatabase : OrderingDatabase, new()
{
    private readonly TDatabase _database = new();

    public ValueTask InitializeAsync() => _database.InitializeAsync();

    public ValueTask DisposeAsync() => _database.DisposeAsync();

    private async Task<Guid> SaveSubmittedAsync()
    {
        return await _database.InScopeAsync(async sp =>
        {
            var store = sp.GetRequiredService<RequestStore>();
            var request = NewDraft();
            request.WriteDocument(Customer, Abstract, "2026-03-0123456789abcdef0123456789abcdef.pdf", "{}");
            request.Submit(Customer, TestRequests.Start, await store.NextNumberAsync(TestRequests.Start), TestRequests.Details);
            store.Add(request);
            await store.SaveAsync();
            return request.Id;
        });
    }

    [Fact]
    public async Task A_request_comes_back_as_it_was_saved()
    {
        var id = await SaveSubmittedAsync();
        await _database.InScopeAsync(async sp =>
        {
            var store = sp.GetRequiredService<RequestStore>();
            var request = (await store.FindAsync(id))!;
            request.RejectDocument(Officer, Abstract, "Abstraksi tidak terbaca");
            request.Fire(RequestTrigger.ReturnForRevision, Officer, TestRequests.Start.AddHours(2), "Unggah ulang");
            await store.SaveAsync();
        });

        var loaded = await _database.InScopeAsync(sp => sp.GetRequiredService<RequestStore>().FindAsync(id));

        Assert.Equal((RequestState.RevisionRequested, "PST-2026-00001", true), (loaded!.State, loaded.Number, loaded.NeedsAgreement));
        var line = Assert.Single(loaded.Lines);
        Assert.Equal((1, "susenas-2025-03", "microdata", "Susenas Maret 2025 KOR"), (line.Number, line.ItemCode, line.ProductTypeId, line.ItemTitle));
        Assert.Equal(["2025-03"], line.Choices.Many("period"));
        var document = Assert.Single(loaded.Documents);
        Assert.Equal((Abstract, DocumentStatus.Rejected, "Abstraksi tidak terbaca"), (document.Code, document.Status, document.RejectionReason));
        Assert.Equal(
            [(RequestTrigger.Submit, RequestState.Draft, RequestState.Submitted, "customer-1", (string?)null), (RequestTrigger.ReturnForRevision, RequestState.Submitted, RequestState.RevisionRequested, "officer-1", "Unggah ulang")],
            loaded.Timeline.Select(t => (t.Trigger, t.From, t.To, t.ActorId, t.Reason)));
        Assert.Equal(TestRequests.Start.AddHours(2), loaded.Timeline[1].At);
    }

    [Fact]
    public async Task A_request_delivered_before_its_first_delivery_was_kept_gets_it_from_the_fill_once()
    {
        var id = await _database.InScopeAsync(async sp =>
        {
            var store = sp.GetRequiredService<RequestStore>();
            var request = DeliveredOn8AprilAfterPauses();
            store.Add(request);
            await store.SaveAsync();
            return request.Id;
        });

        Assert.Equal(1, await _database.InScopeAsync(sp => sp.GetRequiredService<FirstDeliveryFill>().FillAsync()));
        Assert.Equal(0, await _database.InScopeAsync(sp => sp.GetRequiredService<FirstDeliveryFill>().FillAsync()));

        // This database's calendar has no holidays: 18–25 March, 31 March, 3–8 April: 11 working days.
        var loaded = await _database.InScopeAsync(sp => sp.GetRequiredService<RequestStore>().FindAsync(id));
        Assert.Equal((new DateTimeOffset(2026, 4, 8, 3, 0, 0, TimeSpan.Zero), 11), (loaded!.FirstDeliveredAt, loaded.WorkingDaysToDelivery));
    }

    [Fact]
    public async Task Another_customer_does_not_find_the_request()
    {
        var id = await SaveSubmittedAsync();
        await _database.InScopeAsync(async sp =>
        {
            var store = sp.GetRequiredService<RequestStore>();
            Assert.Null(await store.FindOwnAsync(id, OtherCustomer.UserId));
            Assert.NotNull(await store.FindOwnAsync(id, Customer.UserId));
        });
    }

    [Fact]
    public async Task Of_two_people_changing_a_request_at_once_the_second_is_refused_and_the_first_kept()
    {
        var id = await SaveSubmittedAsync();
        await using var officerScope = _database.Services.CreateAsyncScope();
        await using var customerScope = _database.Services.CreateAsyncScope();
        var officerStore = officerScope.ServiceProvider.GetRequiredService<RequestStore>();
        var customerStore = customerScope.ServiceProvider.GetRequiredService<RequestStore>();
        var asOfficer = (await officerStore.FindAsync(id))!;
        var asCustomer = (await customerStore.FindAsync(id))!;

        asOfficer.AcceptDocument(Officer, Abstract);
        asOfficer.Fire(RequestTrigger.CompleteRequirements, Officer, TestRequests.Start);
        await officerStore.SaveAsync();
        asCustomer.Fire(RequestTrigger.Withdraw, Customer, TestRequests.Start);
        var refused = await Assert.ThrowsAsync<TransitionRefusedException>(() => customerStore.SaveAsync());

        Assert.StartsWith("Someone else changed this request", refused.MessageKey, StringComparison.Ordinal);
        var stored = await _database.InScopeAsync(sp => sp.GetRequiredService<RequestStore>().FindAsync(id));
        Assert.Equal(RequestState.RequirementsComplete, stored!.State);
    }

    [Fact]
    public async Task Numbers_follow_each_other_per_year_and_never_repeat_when_taken_at_once()
    {
        var first = await _database.InScopeAsync(sp => sp.GetRequiredService<RequestStore>().NextNumberAsync(new DateTimeOffset(2026, 12, 31, 23, 30, 0, TimeSpan.FromHours(7))));
        var nextYear = await _database.InScopeAsync(sp => sp.GetRequiredService<RequestStore>().NextNumberAsync(new DateTimeOffset(2026, 12, 31, 17, 30, 0, TimeSpan.Zero)));
        Assert.Equal(("PST-2026-00001", "PST-2027-00001"), (first, nextYear)); // 17:30 UTC is already 1 January in Semarang

        var taken = await Task.WhenAll(Enumerable.Range(0, 12).Select(_ => Task.Run(() =>
            _database.InScopeAsync(sp => sp.GetRequiredService<Counters>().NextAsync("test/parallel")))));
        Assert.Equal(Enumerable.Range(1, 12).Select(i => (long)i), taken.Order());
    }
}

public sealed class SqliteRequestStoreTests : RequestStoreTests<SqliteOrderingDatabase>;

public sealed class PostgreSqlRequestStoreTests : RequestStoreTests<PostgreSqlOrderingDatabase>;
