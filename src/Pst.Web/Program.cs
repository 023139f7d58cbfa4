using Pst.Core.Recipes;
using Pst.Data.Providers;
using Pst.Web.Hosting;

// `dotnet run --project src/Pst.Web` serves the site; `-- migrate` and `-- recipe apply <file> [--overwrite [--yes]]`
// are commands. The command's own switches are taken out before the rest configures the host.
string[] switches = ["--overwrite", "--yes"];
var command = args.TakeWhile(a => !a.StartsWith("--", StringComparison.Ordinal)).ToArray();
var given = args.Skip(command.Length).Where(switches.Contains).ToHashSet(StringComparer.Ordinal);
var app = PstHost.Build(args.Skip(command.Length).Where(a => !switches.Contains(a)).ToArray());

await using (var scope = app.Services.CreateAsyncScope())
{
    var initializer = scope.ServiceProvider.GetRequiredService<DatabaseInitializer>();
    var database = scope.ServiceProvider.GetRequiredService<DatabaseOptions>();
    if (database.MigrateOnStart || command is ["migrate"])
    {
        await initializer.MigrateAsync();
    }

    switch (command)
    {
        case ["migrate"]:
            Console.WriteLine("Migrations applied.");
            return 0;
        case ["recipe", "apply", var file]:
            return await RecipeCommand.ApplyAsync(
                scope.ServiceProvider.GetRequiredService<RecipeEngine>(), CommandLinePath.Resolve(file), given.Contains("--overwrite"), given.Contains("--yes"), Console.In, Console.Out, Console.Error);

        case []:
            await initializer.SetUpIfEmptyAsync();
            break;
        default:
            Console.Error.WriteLine("Usage: Pst.Web [migrate | recipe apply <file> [--overwrite [--yes]]] [--option value …]");
            return 2;
    }
}

await app.RunAsync();
return 0;

/// <summary>Entry point type, visible to the HTTP tests.</summary>
public partial class Program;
