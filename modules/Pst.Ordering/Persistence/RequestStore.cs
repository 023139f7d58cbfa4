using Microsoft.EntityFrameworkCore;
using Pst.Core.Kernel;
using Pst.Data;
using Pst.Data.Numbering;
using Pst.Ordering.Lifecycle;
using Pst.Ordering.Requests;

namespace Pst.Ordering.Persistence;

/// <summary>Loads and saves requests. A customer's lookup finds only their own requests, so another customer's id answers as missing.</summary>
internal sealed class RequestStore(
    PstDbContext db,
    Counters counters,
    Notifications.RequestNotifier notifier,
    Pst.Core.Files.IFileStore files,
    IEnumerable<IRequestStepCondition> conditions)
{
    public Task<Request?> FindAsync(Guid id, CancellationToken cancellationToken = default) =>
        db.Set<Request>().SingleOrDefaultAsync(r => r.Id == id, cancellationToken);

    /// <summary>The request another module sends a command about; refused when there is none.</summary>
    public async Task<Request> RequireAsync(Guid id, CancellationToken cancellationToken = default) =>
        await FindAsync(id, cancellationToken) ?? throw new TransitionRefusedException("There is no such request.");

    public Task<Request?> FindOwnAsync(Guid id, string customerId, CancellationToken cancellationToken = default) =>
        db.Set<Request>().SingleOrDefaultAsync(r => r.Id == id && r.CustomerId == customerId, cancellationToken);

    public void Add(Request request) => db.Set<Request>().Add(request);

    /// <summary>
    /// A transaction around a change that draws numbers (request, invoice, receipt), so that a refused or failed
    /// change gives its numbers back and numbers stay without gaps.
    /// </summary>
    public Task<Microsoft.EntityFrameworkCore.Storage.IDbContextTransaction> BeginAsync(CancellationToken cancellationToken = default) =>
        db.Database.BeginTransactionAsync(cancellationToken);

    /// <summary>The next request number of the year the moment falls in (WIB): <c>PST-2026-00042</c>.</summary>
    public async Task<string> NextNumberAsync(DateTimeOffset at, CancellationToken cancellationToken = default)
    {
        var year = OfficeTime.DateOf(at).Year;
        return $"PST-{year}-{await counters.NextAsync($"request/{year}", cancellationToken):D5}";
    }

    /// <summary>
    /// Deletes the uploads that saved requests no longer refer to (a document uploaded again, one no longer required):
    /// after the save, or after the commit of a transaction around it, so a failed change never loses a file it refers to.
    /// </summary>
    public async Task DeleteDiscardedFilesAsync()
    {
        foreach (var fileId in db.ChangeTracker.Entries<Request>().SelectMany(e => e.Entity.TakeDiscardedFiles()).ToList())
        {
            await files.DeleteAsync(fileId, CancellationToken.None);
        }
    }

    /// <summary>Forgets unsaved changes (a refused step), so the page shows the request as saved.</summary>
    public void DiscardChanges() => db.ChangeTracker.Clear();

    /// <summary>Saves; when someone else changed the request meanwhile, refuses and keeps what they saved.</summary>
    public async Task SaveAsync(CancellationToken cancellationToken = default)
    {
        await CheckConditionsAsync(cancellationToken);
        await QueueNotificationsAsync(cancellationToken);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            throw new TransitionRefusedException("Someone else changed this request at the same time. Open it again and repeat your step.");
        }

        if (db.Database.CurrentTransaction is null)
        {
            await DeleteDiscardedFilesAsync();
        }
    }

    /// <summary>Other modules' conditions on the steps taken since the last save; a refusal leaves everything unsaved.</summary>
    private async Task CheckConditionsAsync(CancellationToken cancellationToken)
    {
        foreach (var (request, step) in StepsTaken())
        {
            foreach (var condition in conditions)
            {
                await condition.CheckAsync(RequestSummaries.Of(request, null), step.Trigger, cancellationToken);
            }
        }
    }

    /// <summary>The e-mails of the steps taken since the last save, queued in the same unit of work.</summary>
    private async Task QueueNotificationsAsync(CancellationToken cancellationToken)
    {
        foreach (var (request, step) in StepsTaken())
        {
            await notifier.OnStepAsync(request, step, cancellationToken);
        }
    }

    /// <summary>The steps added since the last save, each with its request.</summary>
    private List<(Request Request, RequestTransition Step)> StepsTaken() =>
        db.ChangeTracker.Entries<RequestTransition>().Where(e => e.State == EntityState.Added)
            .Select(step => (Id: (Guid)step.Property("RequestId").CurrentValue!, Step: step.Entity))
            .Select(s => (db.ChangeTracker.Entries<Request>().Select(e => e.Entity).First(r => r.Id == s.Id), s.Step))
            .ToList();
}
