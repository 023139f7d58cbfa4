using Pst.Core.Recipes;
using Pst.Data.Providers;
using Pst.Web.Hosting;

// `dotnet run --project src/Pst.Web` serves the site; `-- migrate` and `-- recipe apply <file>` are commands.
var command = args.TakeWhile(a => !a.StartsWith("--", StringComparison.Ordinal)).ToArray();
var app = PstHost.Build(args.Skip(command.Length).ToArray());

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
            try
            {
                var run = await scope.ServiceProvider.GetRequiredService<RecipeEngine>().ApplyFileAsync(file, Environment.UserName);
                Console.WriteLine($"Recipe '{run.Name}' {run.Version} applied.");
                foreach (var note in run.Notes)
                {
                    Console.WriteLine(note);
                }

                return 0;
            }
            catch (RecipeRejectedException e)
            {
                Console.Error.WriteLine(e.Message);
                return 1;
            }

        case []:
            await initializer.SetUpIfEmptyAsync();
            break;
        default:
            Console.Error.WriteLine("Usage: Pst.Web [migrate | recipe apply <file>] [--option value …]");
            return 2;
    }
}

await app.RunAsync();
return 0;

/// <summary>Entry point type, visible to the HTTP tests.</summary>
public partial class Program;
