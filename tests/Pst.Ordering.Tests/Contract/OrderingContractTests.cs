using Microsoft.Extensions.DependencyInjection;
using Pst.Core.Kernel;
using Pst.Core.Messaging;
using Pst.Ordering.Persistence;
using Pst.Ordering.Requests;
using Pst.Ordering.Tests.Lifecycle;
using Pst.Ordering.Tests.Persistence;

namespace Pst.Ordering.Tests.Contract;

/// <summary>
/// The ordering contract as the payments and walk-in modules use it, on a real database: what a viewer may read, a
/// step recorded once however often it is sent (a payment settled is recorded once per payment, on each engine), a step refused with the lifecycle's reason, and the walk-in survey
/// rating a request as the visitor of its ticket, not in the customer's name.
/// </summary>
public abstract class OrderingContractTests<TDatabase> : IAsyncLifetime
    where TDatabase : OrderingDatabase, new()
{
    private readonly TDatabase _database = new();

    public ValueTask InitializeAsync() => _database.InitializeAsync();

    public ValueTask DisposeAsync() => _database.DisposeAsync();

    [Fact]
    public async Task A_customer_reads_only_their_own_request_with_their_steps_and_a_module_reads_it_without_any()
    {
        var id = await SaveAsync(TestRequests.In(RequestState.CustomerReview));

        await _database.InScopeAsync(async sp =>
        {
            var messages = sp.GetRequiredService<IMessages>();
            Assert.Null(await messages.SendAsync(new GetRequest(id, TestRequests.OtherCustomer)));
            var own = (await messages.SendAsync(new GetRequest(id, TestRequests.Customer)))!;
            Assert.Equal((RequestState.CustomerReview, "Sri Wahyuni"), (own.State, own.Customer!.Name));
            Assert.Contains(RequestTrigger.AcceptOffer, own.PermittedSteps);
            Assert.Empty((await messages.SendAsync(new GetRequest(id)))!.PermittedSteps);
            Assert.Equal([id], (await messages.SendAsync(new ListRequests([RequestState.CustomerReview]))).Select(r => r.Id));
        });
    }

    [Fact]
    public async Task A_receipt_recorded_twice_is_attached_and_stepped_once()
    {
        var id = await SaveAsync(TestRequests.In(RequestState.AgreementReceived));
        var issued = new RecordReceiptIssued(id, TestRequests.Treasurer, "KW-2026-00001", "file-receipt", "KW-2026-00001.pdf");

        await _database.InScopeAsync(sp => sp.GetRequiredService<IMessages>().SendAsync(issued));
        await _database.InScopeAsync(sp => sp.GetRequiredService<IMessages>().SendAsync(issued));

        var request = await LoadAsync(id);
        Assert.Equal(RequestState.ReceiptIssued, request.State);
        Assert.Single(request.IssuedFiles, f => f.Kind == IssuedFileKind.Receipt);
        Assert.Single(request.Timeline, t => t.Trigger == RequestTrigger.IssueReceipt);
    }

    [Fact]
    public async Task A_payment_settled_on_a_request_not_waiting_for_it_is_refused_and_changes_nothing()
    {
        var id = await SaveAsync(TestRequests.In(RequestState.InPreparation));

        await _database.InScopeAsync(async sp =>
        {
            var messages = sp.GetRequiredService<IMessages>();
            await Assert.ThrowsAsync<TransitionRefusedException>(() => messages.SendAsync(new CheckStep(id, RequestTrigger.ConfirmPayment, TestRequests.Treasurer)));
            await Assert.ThrowsAsync<TransitionRefusedException>(() => messages.SendAsync(new RecordPaymentSettled(id, TestRequests.Treasurer, Guid.NewGuid())));
        });

        Assert.Equal(RequestState.InPreparation, (await LoadAsync(id)).State);
    }

    [Fact]
    public async Task A_payment_settled_sent_again_for_the_same_payment_steps_once_and_another_payment_is_refused()
    {
        var id = await SaveAsync(TestRequests.In(RequestState.AwaitingPayment));
        var settled = new RecordPaymentSettled(id, TestRequests.Treasurer, Guid.NewGuid());

        await _database.InScopeAsync(sp => sp.GetRequiredService<IMessages>().SendAsync(settled));
        await _database.InScopeAsync(sp => sp.GetRequiredService<IMessages>().SendAsync(settled));
        await _database.InScopeAsync(sp => Assert.ThrowsAsync<TransitionRefusedException>(
            () => sp.GetRequiredService<IMessages>().SendAsync(settled with { PaymentId = Guid.NewGuid() })));

        var request = await LoadAsync(id);
        Assert.Equal(RequestState.PaymentSettled, request.State);
        Assert.Single(request.Timeline, t => t.Trigger == RequestTrigger.ConfirmPayment);
        Assert.True(await _database.InScopeAsync(sp => sp.GetRequiredService<IHandledCommands>().WasHandledAsync(settled.MessageId, default)));
    }

    [Fact]
    public async Task A_payment_settled_that_was_refused_is_not_recorded_as_handled()
    {
        var id = await SaveAsync(TestRequests.In(RequestState.InPreparation));
        var settled = new RecordPaymentSettled(id, TestRequests.Treasurer, Guid.NewGuid());

        await _database.InScopeAsync(sp => Assert.ThrowsAsync<TransitionRefusedException>(() => sp.GetRequiredService<IMessages>().SendAsync(settled)));

        Assert.False(await _database.InScopeAsync(sp => sp.GetRequiredService<IHandledCommands>().WasHandledAsync(settled.MessageId, default)));
    }

    [Fact]
    public async Task The_walk_in_survey_rates_as_the_visitor_of_the_ticket_and_cannot_rate_an_online_request()
    {
        var walkIn = await SaveAsync(TestRequests.In(RequestState.Completed, SalesChannel.WalkIn));
        var online = await SaveAsync(TestRequests.In(RequestState.Completed));
        var ticket = Guid.NewGuid();

        await _database.InScopeAsync(sp => sp.GetRequiredService<IMessages>().SendAsync(new RateRequest(walkIn, ticket, TestRequests.Start)));
        await _database.InScopeAsync(sp => Assert.ThrowsAsync<TransitionRefusedException>(() => sp.GetRequiredService<IMessages>().SendAsync(new RateRequest(online, ticket, TestRequests.Start))));

        var rated = (await LoadAsync(walkIn)).Timeline[^1];
        Assert.Equal((RequestTrigger.Rate, ActorRole.Visitor, $"ticket:{ticket}"), (rated.Trigger, rated.ActorRole, rated.ActorId));
        Assert.Equal(RequestState.Completed, (await LoadAsync(online)).State);
    }

    private Task<Guid> SaveAsync(Request request) => _database.InScopeAsync(async sp =>
    {
        var store = sp.GetRequiredService<RequestStore>();
        store.Add(request);
        await store.SaveAsync();
        return request.Id;
    });

    private Task<Request> LoadAsync(Guid id) => _database.InScopeAsync(async sp => (await sp.GetRequiredService<RequestStore>().FindAsync(id))!);
}

public sealed class SqliteOrderingContractTests : OrderingContractTests<SqliteOrderingDatabase>;

public sealed class PostgreSqlOrderingContractTests : OrderingContractTests<PostgreSqlOrderingDatabase>;
