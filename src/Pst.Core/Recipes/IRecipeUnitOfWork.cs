namespace Pst.Core.Recipes;

/// <summary>The database side of applying a recipe: one transaction around all steps, and the run log.</summary>
public interface IRecipeUnitOfWork
{
    Task<IAsyncDisposable> BeginAsync(CancellationToken cancellationToken);

    Task CommitAsync(RecipeRun run, CancellationToken cancellationToken);

    /// <summary>Whether any recipe was applied to this site before (the first one sets the site up as written).</summary>
    Task<bool> AnyRunAsync(CancellationToken cancellationToken);
}

/// <summary>How a recipe is applied.</summary>
/// <param name="Overwrite">The recipe's values replace those the site holds differently (each change noted); otherwise they are kept.</param>
/// <param name="Preview">Every step runs and notes what it would do, then everything is rolled back and no run is recorded.</param>
public sealed record RecipeOptions(bool Overwrite = false, bool Preview = false);

/// <summary>A record of one application of a recipe.</summary>
public sealed record RecipeRun(string Name, string Version, string Sha256, DateTimeOffset AppliedAt, string? AppliedBy)
{
    /// <summary>The steps' remarks, such as pages an editor changed that the recipe left as they are.</summary>
    public IReadOnlyList<RecipeNote> Notes { get; init; } = [];
}
