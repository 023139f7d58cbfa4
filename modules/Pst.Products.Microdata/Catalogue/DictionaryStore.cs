using Microsoft.EntityFrameworkCore;
using Pst.Data;

namespace Pst.Products.Microdata.Catalogue;

/// <summary>The stored data dictionaries, one per dataset (catalogue item code).</summary>
public sealed class DictionaryStore(PstDbContext db)
{
    public async Task<DataDictionary> LoadAsync(string datasetCode, CancellationToken cancellationToken = default) =>
        new(await db.Set<Variable>().AsNoTracking().Where(v => v.DatasetCode == datasetCode).OrderBy(v => v.Position).ToListAsync(cancellationToken));

    /// <summary>Makes the dataset's dictionary exactly <paramref name="variables"/>; an unchanged dictionary is not written.</summary>
    /// <returns>Whether anything changed.</returns>
    public async Task<bool> SetAsync(string datasetCode, IReadOnlyList<Variable> variables, CancellationToken cancellationToken = default)
    {
        var stored = await db.Set<Variable>().Where(v => v.DatasetCode == datasetCode).OrderBy(v => v.Position).ToListAsync(cancellationToken);
        if (stored.Count == variables.Count && stored.Zip(variables).All(p => Same(p.First, p.Second)))
        {
            return false;
        }

        db.Set<Variable>().RemoveRange(stored);
        await db.SaveChangesAsync(cancellationToken);
        db.Set<Variable>().AddRange(variables);
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    private static bool Same(Variable a, Variable b) =>
        (a.Position, a.Name, a.Label, a.Type, a.Decimals, a.Role, a.Section, a.Question, a.Universe, a.ValueLabelsJson)
        == (b.Position, b.Name, b.Label, b.Type, b.Decimals, b.Role, b.Section, b.Question, b.Universe, b.ValueLabelsJson);
}
