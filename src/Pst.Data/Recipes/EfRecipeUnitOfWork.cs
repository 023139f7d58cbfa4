using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Pst.Core.Recipes;

namespace Pst.Data.Recipes;

/// <summary>One database transaction around all steps of a recipe; disposing without commit rolls everything back.</summary>
internal sealed class EfRecipeUnitOfWork(PstDbContext db) : IRecipeUnitOfWork
{
    private readonly PstDbContext _db = db;
    private IDbContextTransaction? _transaction;

    public async Task<IAsyncDisposable> BeginAsync(CancellationToken cancellationToken)
    {
        _transaction = await _db.Database.BeginTransactionAsync(cancellationToken);
        return new Scope(this);
    }

    public async Task CommitAsync(RecipeRun run, CancellationToken cancellationToken)
    {
        _db.RecipeRuns.Add(new RecipeRunRecord
        {
            Name = run.Name,
            Version = run.Version,
            Sha256 = run.Sha256,
            AppliedAt = run.AppliedAt,
            AppliedBy = run.AppliedBy,
        });
        await _db.SaveChangesAsync(cancellationToken);
        await _transaction!.CommitAsync(cancellationToken);
    }

    public Task<bool> AnyRunAsync(CancellationToken cancellationToken) => _db.RecipeRuns.AnyAsync(cancellationToken);

    private sealed class Scope(EfRecipeUnitOfWork owner) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            if (owner._transaction is { } transaction)
            {
                owner._transaction = null;
                await transaction.DisposeAsync();

                // Entities tracked by failed steps must not leak into a later SaveChanges of the same scope.
                owner._db.ChangeTracker.Clear();
            }
        }
    }
}
