using Microsoft.EntityFrameworkCore;

namespace Pst.Data.Numbering;

/// <summary>
/// Numbers from the database, never from a counter in memory, so that several nodes never hand out the same one.
/// The increment takes the row's lock inside the caller's transaction: two concurrent takers wait for each other,
/// and a rolled-back transaction gives its number back.
/// </summary>
public sealed class Counters(PstDbContext db)
{
    /// <summary>The next value (1, 2, 3 …) of the counter <paramref name="name"/>.</summary>
    public async Task<long> NextAsync(string name, CancellationToken cancellationToken = default)
    {
        var own = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(cancellationToken) : null;
        try
        {
            if (await IncrementAsync(name, cancellationToken) == 0)
            {
                await CreateAsync(name, cancellationToken);
                await IncrementAsync(name, cancellationToken);
            }

            var value = await db.Counters.AsNoTracking().Where(c => c.Name == name).Select(c => c.Value).SingleAsync(cancellationToken);
            if (own is not null)
            {
                await own.CommitAsync(cancellationToken);
            }

            return value;
        }
        finally
        {
            if (own is not null)
            {
                await own.DisposeAsync();
            }
        }
    }

    private Task<int> IncrementAsync(string name, CancellationToken cancellationToken) =>
        db.Counters.Where(c => c.Name == name).ExecuteUpdateAsync(s => s.SetProperty(c => c.Value, c => c.Value + 1), cancellationToken);

    /// <summary>Creates the counter at 0; when another node created it first, its row is used (the savepoint keeps the transaction usable).</summary>
    private async Task CreateAsync(string name, CancellationToken cancellationToken)
    {
        var transaction = db.Database.CurrentTransaction!;
        await transaction.CreateSavepointAsync("counter", cancellationToken);
        var record = new CounterRecord { Name = name, Value = 0 };
        db.Counters.Add(record);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            await transaction.RollbackToSavepointAsync("counter", cancellationToken);
        }
        finally
        {
            db.Entry(record).State = EntityState.Detached;
        }
    }
}
