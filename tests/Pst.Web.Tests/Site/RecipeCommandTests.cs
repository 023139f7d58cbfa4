using System.Diagnostics;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Pst.Core.Features;
using Pst.Core.Products;
using Pst.Core.Security;
using Pst.Core.Settings;
using Pst.Web.Tests.Infrastructure;

namespace Pst.Web.Tests.Site;

/// <summary>
/// The README's command, <c>dotnet run --project src/Pst.Web -- recipe apply recipes/jateng.recipe.json</c>, typed at
/// the repository root against a site whose administrator changed tariffs, a role, the opening hours and a module
/// switch: the recipe applies as it is in the repository, keeps every one of those changes and lists them.
/// </summary>
public sealed class RecipeCommandTests : SiteTestBase<SqliteAppFactory>
{
    [Fact]
    public async Task The_readme_recipe_command_from_the_repository_root_keeps_and_lists_what_the_administrator_changed()
    {
        using var admin = await SiteSession.StaffAsync(Factory, "kepala@example.org", "Administrator");
        await Ordering.RequestSteps.ChangeTariffAsync(admin, "PP 13/2024", "I.A", "55000", confirmed: true);
        await Forms.PostAsync(admin.Client, "/admin/modul?handler=Disable&id=Pst.Products.Maps");
        await Factory.Services.InScopeAsync(async sp =>
        {
            var roles = sp.GetRequiredService<IRolePermissionStore>();
            var officer = (await roles.ListAsync()).Single(r => r.Role == "Officer");
            await roles.SetAsync("Officer", officer.Permissions.Where(p => p != "feedback.complaints").ToHashSet());
            var settings = sp.GetRequiredService<ISiteSettings>();
            await settings.SetAsync("openingHours", JsonNode.Parse("""{ "opens": "08:00", "closes": "15:00" }"""));
        });

        var (exit, output) = await RunReadmeCommandAsync();

        Assert.True(exit == 0, output);
        Assert.Contains("Recipe 'jateng'", output, StringComparison.Ordinal);
        Assert.Contains("Kept tariff schedule PP 13/2024 item I.A: the site has", output, StringComparison.Ordinal);
        Assert.Contains("Kept the confirmation of tariff schedule PP 13/2024: the site has confirmed, the recipe says not confirmed.", output, StringComparison.Ordinal);
        Assert.Contains("Kept module Pst.Products.Maps: the site has disabled, the recipe says enabled.", output, StringComparison.Ordinal);
        Assert.Contains("Kept the permissions of role Officer", output, StringComparison.Ordinal);
        Assert.Contains("Kept setting openingHours.closes: the site has \"15:00\", the recipe says \"15:30\".", output, StringComparison.Ordinal);

        await Factory.Services.InScopeAsync(async sp =>
        {
            var schedule = (await sp.GetRequiredService<ITariffStore>().LoadAsync()).Schedules.Single(s => s.Regulation == "PP 13/2024");
            Assert.Equal(55_000, schedule.Item("I.A").Amount!.Value.Amount);
            Assert.True(schedule.Confirmed);
            Assert.False(await sp.GetRequiredService<FeatureManager>().IsEnabledAsync("Pst.Products.Maps"));
            Assert.DoesNotContain("feedback.complaints", (await sp.GetRequiredService<IRolePermissionStore>().ListAsync()).Single(r => r.Role == "Officer").Permissions);
            Assert.Equal("15:00", (await sp.GetRequiredService<ISiteSettings>().GetAsync("openingHours"))!["closes"]!.GetValue<string>());
        });
    }

    /// <summary>The README's command as typed in a shell at the repository root (the build is the test run's own).</summary>
    private async Task<(int Exit, string Output)> RunReadmeCommandAsync()
    {
        var root = Infrastructure.SourceTree.Root;
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            Environment = { ["PWD"] = root, ["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1", ["DOTNET_NOLOGO"] = "1" },
        };
        foreach (var argument in new[] { "run", "--no-build", "--project", "src/Pst.Web", "--", "recipe", "apply", "recipes/jateng.recipe.json" }
            .Concat(Factory.CommandLineSettings))
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await output + await error);
    }
}
