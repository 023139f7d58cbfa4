using Pst.Core.Messaging;
using BenchmarkDotNet.Attributes;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Pst.Core.Kernel;
using Pst.Core.Products;
using Pst.Data.Accounts;
using Pst.Ordering.Abstractions;
using Pst.Ordering.Drafting;
using Pst.Ordering.Lifecycle;
using Pst.Ordering.Offers;
using Pst.Ordering.Persistence;
using Pst.Ordering.Requests;
using Pst.Ordering.Serving;
using Pst.Payments.Billings;
using Pst.Payments.Receipts;
using Pst.Payments.Settling;

namespace Pst.Benchmarks;

/// <summary>
/// The server's work for one request's whole online lifecycle (catalogue to rating: 13 steps, 5 PDFs, the stamped
/// publication, e-mails queued), each step in its own scope as a web request would run it, on the real site's
/// services over a SQLite file. Baseline: the first two steps (add to the cart, send).
/// </summary>
[MemoryDiagnoser]
public class LifecycleBenchmarks
{
    private const string Item = "jateng-dalam-angka-2026";
    private static readonly RequestActor Customer = new("bench-customer", ActorRole.Customer);
    private static readonly RequestActor Officer = new("bench-officer", ActorRole.Officer);
    private static readonly RequestActor Treasurer = new("bench-treasurer", ActorRole.Treasurer);
    private Site _site = null!;

    [GlobalSetup]
    public void Setup()
    {
        _site = new Site();
        using var scope = _site.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<PstUser>>();
        foreach (var (actor, role) in new[] { (Customer, "Customer"), (Officer, "Officer"), (Treasurer, "Treasurer") })
        {
            var user = new PstUser
            {
                Id = actor.UserId, UserName = actor.UserId + "@example.org", Email = actor.UserId + "@example.org", EmailConfirmed = true,
                FullName = actor.UserId, Segment = CustomerSegment.Individual, Domicile = Domicile.Indonesia, CreatedAt = DateTimeOffset.UtcNow,
            };
            users.CreateAsync(user).GetAwaiter().GetResult();
            users.AddToRoleAsync(user, role).GetAwaiter().GetResult();
        }
    }

    [GlobalCleanup]
    public void Cleanup() => _site.Dispose();

    [Benchmark(Baseline = true, Description = "add to cart + send")]
    public Task<Guid> Submit() => SubmitAsync();

    [Benchmark(Description = "whole lifecycle")]
    public async Task WholeLifecycle()
    {
        var id = await SubmitAsync();
        await StepAsync(id, (r, sp) => FireAsync(r, sp, RequestTrigger.CompleteRequirements, Officer));
        await StepAsync(id, (r, sp) => sp.GetRequiredService<IssueOffer>().IssueAsync(r, Officer, "http://127.0.0.1"));
        await StepAsync(id, (r, sp) => FireAsync(r, sp, RequestTrigger.AcceptOffer, Customer));
        await StepAsync(id, (r, sp) => FireAsync(r, sp, RequestTrigger.MarkProductReady, Officer));
        await StepAsync(id, async (r, sp) => await sp.GetRequiredService<IssueBilling>().IssueAsync(await SummaryAsync(r, sp), Treasurer, "http://127.0.0.1"));
        await StepAsync(id, (r, sp) => sp.GetRequiredService<SimponiSimulator>().PayAsync(r.Current(Pst.Payments.PaymentFiles.BillingSlip)!.Number!));
        await StepAsync(id, async (r, sp) => await sp.GetRequiredService<ConfirmPayment>().ConfirmBillingAsync(await SummaryAsync(r, sp), Treasurer));
        await StepAsync(id, async (r, sp) => await sp.GetRequiredService<IssueReceipt>().IssueAsync(await SummaryAsync(r, sp), Treasurer, "http://127.0.0.1"));
        await StepAsync(id, (r, sp) => sp.GetRequiredService<DeliverProduct>().DeliverAsync(r, Officer, RequestTrigger.Deliver, null));
        await StepAsync(id, (r, sp) => FireAsync(r, sp, RequestTrigger.AcceptProduct, Customer));
        await StepAsync(id, (r, sp) =>
        {
            r.Rate(Customer, DateTimeOffset.UtcNow);
            return sp.GetRequiredService<RequestStore>().SaveAsync();
        });
    }

    private async Task<Guid> SubmitAsync()
    {
        await using var scope = _site.Services.CreateAsyncScope();
        var outcome = await scope.ServiceProvider.GetRequiredService<DraftRequests>().AddAsync(Customer, Item, LineChoices.Of(("format", ["softcopy"])));
        var id = outcome!.RequestId!.Value;
        await StepAsync(id, (r, sp) => sp.GetRequiredService<SubmitRequest>().SubmitAsync(r, Customer));
        return id;
    }

    private async Task StepAsync(Guid id, Func<Request, IServiceProvider, Task> step)
    {
        await using var scope = _site.Services.CreateAsyncScope();
        var request = (await scope.ServiceProvider.GetRequiredService<RequestStore>().FindAsync(id))!;
        await step(request, scope.ServiceProvider);
    }

    private static Task FireAsync(Request request, IServiceProvider services, RequestTrigger trigger, RequestActor actor)
    {
        request.Fire(trigger, actor, DateTimeOffset.UtcNow);
        return services.GetRequiredService<RequestStore>().SaveAsync();
    }

    /// <summary>The request as the payments module reads it, through the ordering contract.</summary>
    private static async Task<RequestSummary> SummaryAsync(Request request, IServiceProvider services) =>
        (await services.GetRequiredService<IMessages>().SendAsync(new GetRequest(request.Id, Treasurer)))!;
}
