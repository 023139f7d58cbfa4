using Pst.Core.Recipes;

namespace Pst.Web.Hosting;

/// <summary>
/// <c>recipe apply &lt;file&gt;</c>: applies a recipe and prints what it kept and why. With <c>--overwrite</c> the
/// recipe's values replace the site's: the command first lists every value it will change, then asks (or takes
/// <c>--yes</c>); nothing is written before that answer.
/// </summary>
public static class RecipeCommand
{
    public static async Task<int> ApplyAsync(RecipeEngine recipes, string path, bool overwrite, bool yes, TextReader input, TextWriter output, TextWriter error)
    {
        try
        {
            if (overwrite)
            {
                var preview = await recipes.ApplyFileAsync(path, Environment.UserName, options: new RecipeOptions(Overwrite: true, Preview: true));
                output.WriteLine($"Recipe '{preview.Name}' {preview.Version} with --overwrite would make these changes:");
                Print(preview.Notes, output);
                if (!yes)
                {
                    output.Write("Apply them? [y/N] ");
                    if (!string.Equals(input.ReadLine()?.Trim(), "y", StringComparison.OrdinalIgnoreCase))
                    {
                        output.WriteLine("Nothing was changed.");
                        return 3;
                    }
                }
            }

            var run = await recipes.ApplyFileAsync(path, Environment.UserName, options: new RecipeOptions(Overwrite: overwrite));
            output.WriteLine($"Recipe '{run.Name}' {run.Version} applied.");
            Print(run.Notes, output);
            return 0;
        }
        catch (RecipeRejectedException e)
        {
            error.WriteLine(e.Message);
            return 1;
        }
    }

    private static void Print(IReadOnlyList<RecipeNote> notes, TextWriter output)
    {
        if (notes.Count == 0)
        {
            output.WriteLine("  (nothing to report)");
        }

        foreach (var note in notes)
        {
            output.WriteLine("  " + note);
        }
    }
}
