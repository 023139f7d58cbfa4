namespace Pst.Data.Recipes;

/// <summary>The log of recipe applications: which recipe, which version and content hash, when, by whom.</summary>
public sealed class RecipeRunRecord
{
    public long Id { get; set; }

    public string Name { get; set; } = "";

    public string Version { get; set; } = "";

    public string Sha256 { get; set; } = "";

    public DateTimeOffset AppliedAt { get; set; }

    public string? AppliedBy { get; set; }
}
