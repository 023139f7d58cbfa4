namespace Pst.Core.Recipes;

/// <summary>The database side of applying a recipe: one transaction around all steps, and the run log.</summary>
public interface IRecipeUnitOfWork
{
    Task<IAsyncDisposable> BeginAsync(CancellationToken cancellationToken);

    Task CommitAsync(RecipeRun run, CancellationToken cancellationToken);
}

/// <summary>A record of one application of a recipe.</summary>
public sealed record RecipeRun(string Name, string Version, string Sha256, DateTimeOffset AppliedAt, string? AppliedBy)
{
    /// <summary>The steps' remarks, such as pages an editor changed that the recipe left as they are.</summary>
    public IReadOnlyList<RecipeNote> Notes { get; init; } = [];
}
