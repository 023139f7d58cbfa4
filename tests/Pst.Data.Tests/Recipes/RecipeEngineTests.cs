using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Pst.Core.Calendar;
using Pst.Core.Features;
using Pst.Core.Modules;
using Pst.Core.Kernel;
using Pst.Core.Products;
using Pst.Core.Recipes;
using Pst.Core.Security;
using Pst.Core.Settings;

namespace Pst.Data.Tests.Recipes;

public sealed class RecipeEngineTests : IAsyncLifetime
{
    private TestSite _site = null!;

    public async ValueTask InitializeAsync() =>
        _site = await TestSite.StartAsync([new Module("Site", true), new Module("Catalogue"), new Module("Maps", false, "Catalogue"), new CountersModule()]);

    public async ValueTask DisposeAsync() => await _site.DisposeAsync();

    private const string Valid = """
        {
          "name": "office", "version": "1.0",
          "steps": [
            { "name": "settings", "settings": { "office": { "name": "PST Jawa Tengah", "address": "Jl. Pahlawan No. 6 Semarang 50241", "email": "jateng@bps.go.id" } } },
            { "name": "features", "disable": ["Maps"] },
            { "name": "counters", "counters": ["Loket 1", "Loket 2"] },
            { "name": "roles", "roles": [ { "name": "FrontOffice", "permissions": ["counters.manage", "counters.view"] }, { "name": "Customer", "permissions": [] } ] },
            { "name": "holidays", "holidays": [ { "date": "2026-03-19", "kind": "national", "name": "Nyepi" }, { "date": "2026-03-20", "kind": "collectiveLeave", "name": "Idulfitri" } ] },
            { "name": "tariffs", "schedules": [
              { "regulation": "PP 7/2015", "effectiveFrom": "2015-01-01", "confirmed": false, "items": [ { "code": "I.A", "description": "s.d. 50 halaman", "unit": "per 50 halaman", "amount": null } ] },
              { "regulation": "PP 13/2024", "effectiveFrom": "2024-01-01", "items": [ { "code": "I.A", "description": "s.d. 50 halaman", "unit": "per 50 halaman", "amount": 50000 }, { "code": "I.B", "description": "tambahan", "unit": "per 50 halaman", "amount": 15000 } ] } ] }
          ]
        }
        """;

    private Task<RecipeRun> ApplyAsync(string json, RecipeOptions? options = null) =>
        _site.InScopeAsync(sp => sp.GetRequiredService<RecipeEngine>().ApplyAsync("test.recipe.json", Encoding.UTF8.GetBytes(json), "tester", options: options));

    private Task<string> SnapshotAsync() => _site.InScopeAsync(async sp =>
    {
        var db = sp.GetRequiredService<PstDbContext>();
        var settings = await db.SiteSettings.AsNoTracking().OrderBy(s => s.Key).ToListAsync();
        var features = await db.FeatureStates.AsNoTracking().OrderBy(f => f.ModuleId).ToListAsync();
        var roles = await db.Roles.AsNoTracking().OrderBy(r => r.Name).ToListAsync();
        var permissions = await db.RoleClaims.AsNoTracking().OrderBy(c => c.Id).ToListAsync();
        var holidays = await db.Holidays.AsNoTracking().OrderBy(h => h.Date).ToListAsync();
        var tariffs = await db.TariffItems.AsNoTracking().OrderBy(i => i.Id).ToListAsync();
        return JsonSerializer.Serialize(new { settings, features, roles, permissions, holidays, tariffs });
    });

    private Task<int> CountWrittenAsync() => _site.InScopeAsync(async sp =>
    {
        var db = sp.GetRequiredService<PstDbContext>();
        return await db.SiteSettings.CountAsync() + await db.FeatureStates.CountAsync() + await db.RecipeRuns.CountAsync()
            + await db.Roles.CountAsync() + await db.RoleClaims.CountAsync() + await db.Holidays.CountAsync() + await db.TariffSchedules.CountAsync();
    });

    [Fact]
    public async Task A_valid_recipe_writes_every_step_and_records_the_run()
    {
        var run = await ApplyAsync(Valid);

        await _site.InScopeAsync(async sp =>
        {
            var office = await OfficeSettings.LoadAsync(sp.GetRequiredService<ISiteSettings>());
            Assert.Equal("Jl. Pahlawan No. 6 Semarang 50241", office.Address);
            Assert.False(await sp.GetRequiredService<FeatureManager>().IsEnabledAsync("Maps"));
            Assert.True(await sp.GetRequiredService<FeatureManager>().IsEnabledAsync("Catalogue"));
            Assert.Equal("""["Loket 1","Loket 2"]""", (await sp.GetRequiredService<ISiteSettings>().GetAsync("counters"))!.ToJsonString());
            var roles = await sp.GetRequiredService<IRolePermissionStore>().ListAsync();
            Assert.Equal(["counters.manage", "counters.view"], roles.Single(r => r.Role == "FrontOffice").Permissions.Order());
            Assert.Empty(roles.Single(r => r.Role == "Customer").Permissions);
            var calendar = await sp.GetRequiredService<WorkingDayCalendarSource>().LoadAsync();
            Assert.False(calendar.IsWorkingDay(new DateOnly(2026, 3, 19)));
            Assert.False(calendar.IsWorkingDay(new DateOnly(2026, 3, 20)));
            var book = await sp.GetRequiredService<ITariffStore>().LoadAsync();
            Assert.Equal(15_000, book.InForceOn(new DateOnly(2026, 3, 17)).Charge("I.B", 1).Amount.Amount);
            Assert.Null(book.InForceOn(new DateOnly(2020, 1, 1)).Item("I.A").Amount);
            Assert.False(book.InForceOn(new DateOnly(2020, 1, 1)).Confirmed);
            var record = Assert.Single(await sp.GetRequiredService<PstDbContext>().RecipeRuns.ToListAsync());
            Assert.Equal(("office", "1.0", "tester", run.Sha256), (record.Name, record.Version, record.AppliedBy, record.Sha256));
        });
    }

    [Fact]
    public async Task Applying_twice_changes_nothing_the_second_time()
    {
        await ApplyAsync(Valid);
        var first = await SnapshotAsync();

        await ApplyAsync(Valid);

        Assert.Equal(first, await SnapshotAsync());
    }

    [Theory]
    [InlineData("""{ "name": "x", "steps": [ { "name": "settings", "settings": {} }, { "name": "seed" } ] }""", 2, "$.steps[1].name")]
    [InlineData("""{ "name": "x", "steps": [ { "name": "settings", "settings": { "office": { "name": "PST", "address": "Semarang", "email": "nope" } } } ] }""", 1, "$.steps[0].settings.office.email")]
    [InlineData("""{ "name": "x", "steps": [ { "name": "settings", "settings": { "office": { "name": "PST", "address": "Semarang" } } }, { "name": "features", "enable": ["Catalogue", "Mapz"] } ] }""", 2, "$.steps[1].enable[1]")]
    [InlineData("""{ "name": "x", "steps": [ { "name": "features", "disable": ["Site"] } ] }""", 1, "$.steps[0].disable[0]")]
    [InlineData("""{ "name": "x", "steps": [ { "name": "counters", "counters": ["Loket 1", 7] } ] }""", 1, "$.steps[0].counters[1]")]
    [InlineData("""{ "name": "x", "stepz": [] }""", null, "$.stepz")]
    [InlineData("""{ "name": "x", "steps": [ { "name": "roles", "roles": [ { "name": "Officer", "permissions": ["counters.view", "counters.delete"] } ] } ] }""", 1, "$.steps[0].roles[0].permissions[1]")]
    [InlineData("""{ "name": "x", "steps": [ { "name": "roles", "roles": [ { "name": "Officer", "permissions": [] }, { "name": "officer", "permissions": [] } ] } ] }""", 1, "$.steps[0].roles[1].name")]
    [InlineData("""{ "name": "x", "steps": [ { "name": "roles", "roles": [ { "name": "Officer" } ] } ] }""", 1, "$.steps[0].roles[0].permissions")]
    [InlineData("""{ "name": "x", "steps": [ { "name": "holidays", "holidays": [ { "date": "2026-02-30", "kind": "national", "name": "?" } ] } ] }""", 1, "$.steps[0].holidays[0].date")]
    [InlineData("""{ "name": "x", "steps": [ { "name": "holidays", "holidays": [ { "date": "2026-03-20", "kind": "cuti", "name": "Idulfitri" } ] } ] }""", 1, "$.steps[0].holidays[0].kind")]
    [InlineData("""{ "name": "x", "steps": [ { "name": "tariffs", "schedules": [ { "regulation": "PP 13/2024", "effectiveFrom": "2024-01-01", "items": [ { "code": "I.A", "description": "x", "unit": "y", "amount": -5 } ] } ] } ] }""", 1, "$.steps[0].schedules[0].items[0].amount")]
    [InlineData("""{ "name": "x", "steps": [ { "name": "tariffs", "schedules": [ { "regulation": "A", "effectiveFrom": "2024-01-01", "items": [ { "code": "I", "description": "x", "unit": "y" } ] }, { "regulation": "B", "effectiveFrom": "2024-01-01", "items": [ { "code": "I", "description": "x", "unit": "y" } ] } ] } ] }""", 1, "$.steps[0].schedules[1].effectiveFrom")]
    [InlineData("""{ "name": "x", "steps": [ { "name": "tariffs", "schedules": [ { "regulation": "A", "effectiveFrom": "2024-01-01", "items": [ { "code": "I", "description": { "en": "extra" }, "unit": "y" } ] } ] } ] }""", 1, "$.steps[0].schedules[0].items[0].description.id")]
    [InlineData("""{ "name": "x", "steps": [ { "name": "tariffs", "schedules": [ { "regulation": "A", "effectiveFrom": "2024-01-01", "items": [ { "code": "I", "description": "x", "unit": { "id": "y", "fr": "z" } } ] } ] } ] }""", 1, "$.steps[0].schedules[0].items[0].unit.fr")]
    [InlineData("""{ "name": "x", "steps": [ { "name": "tariffs", "schedules": [ { "regulation": "A", "effectiveFrom": "2024-01-01", "items": [ { "code": "I", "description": { "id": "x", "en": "" }, "unit": "y" } ] } ] } ] }""", 1, "$.steps[0].schedules[0].items[0].description.en")]
    public async Task An_invalid_recipe_is_refused_with_step_and_path_and_nothing_is_written(string json, int? step, string path)
    {
        var error = await Assert.ThrowsAsync<RecipeRejectedException>(() => ApplyAsync(json));

        Assert.Contains(error.Errors, e => e.File == "test.recipe.json" && e.Step == step && e.Path == path);
        Assert.Equal(0, await CountWrittenAsync());
    }

    [Fact]
    public async Task With_overwrite_the_roles_step_leaves_each_listed_role_with_exactly_the_permissions_given()
    {
        await ApplyAsync(Valid);
        const string fewer = """{ "name": "fewer", "steps": [ { "name": "roles", "roles": [ { "name": "FrontOffice", "permissions": ["counters.view"] } ] } ] }""";
        var kept = await ApplyAsync(fewer);
        Assert.Equal("test.recipe.json #1 $.steps[0].roles[0]: Kept the permissions of role FrontOffice: the site has counters.manage, counters.view, the recipe says counters.view.", Assert.Single(kept.Notes).ToString());
        Assert.Equal(["counters.manage", "counters.view"], (await RolesAsync()).Single(r => r.Role == "FrontOffice").Permissions.Order());

        var changed = await ApplyAsync(fewer, new RecipeOptions(Overwrite: true));
        Assert.StartsWith("test.recipe.json #1 $.steps[0].roles[0]: Changed the permissions of role FrontOffice", Assert.Single(changed.Notes).ToString(), StringComparison.Ordinal);
        var roles = await RolesAsync();
        Assert.Equal(["counters.view"], roles.Single(r => r.Role == "FrontOffice").Permissions);
        Assert.Contains(roles, r => r.Role == "Customer");
    }

    private Task<IReadOnlyList<RolePermissions>> RolesAsync() => _site.InScopeAsync(sp => sp.GetRequiredService<IRolePermissionStore>().ListAsync());

    [Fact]
    public async Task A_schedule_applied_again_gets_the_rows_it_lacks_and_with_overwrite_is_made_as_written()
    {
        await ApplyAsync(Valid);
        var added = await ApplyAsync("""{ "name": "more", "steps": [ { "name": "tariffs", "schedules": [ { "regulation": "PP 13/2024", "effectiveFrom": "2024-01-01", "items": [ { "code": "I.C", "description": "cetak", "unit": "per halaman", "amount": 1000 } ] } ] } ] }""");
        Assert.Empty(added.Notes);
        var book = await _site.InScopeAsync(sp => sp.GetRequiredService<ITariffStore>().LoadAsync());
        Assert.Equal(["I.A", "I.B", "I.C"], book.InForceOn(new DateOnly(2026, 1, 1)).Items.Select(i => i.Code));

        var run = await ApplyAsync("""{ "name": "fill", "steps": [ { "name": "tariffs", "schedules": [ { "regulation": "PP 13/2024", "effectiveFrom": "2024-01-01", "items": [ { "code": "I.B", "description": "tambahan", "unit": "per 50 halaman", "amount": 16000 } ] } ] } ] }""", new RecipeOptions(Overwrite: true));
        Assert.Contains("Changed tariff schedule PP 13/2024 item I.B", Assert.Single(run.Notes).ToString(), StringComparison.Ordinal);
        book = await _site.InScopeAsync(sp => sp.GetRequiredService<ITariffStore>().LoadAsync());
        Assert.Equal(16_000, book.InForceOn(new DateOnly(2026, 1, 1)).Item("I.B").Amount!.Value.Amount);
        Assert.Equal(2, book.Schedules.Count);
    }

    [Fact]
    public async Task English_wording_applied_again_is_added_to_rows_without_it_and_keeps_what_the_office_wrote()
    {
        await ApplyAsync(Valid);
        var book = await _site.InScopeAsync(sp => sp.GetRequiredService<ITariffStore>().LoadAsync());
        var held = book.Schedules.Single(s => s.Regulation == "PP 13/2024");
        await _site.InScopeAsync(sp => sp.GetRequiredService<ITariffStore>().SetAsync(held with { Items = [held.Item("I.A"), held.Item("I.B") with { Description = new LocalizedName("tambahan per 50 halaman") }] }));

        var run = await ApplyAsync("""
            { "name": "english", "steps": [ { "name": "tariffs", "schedules": [ { "regulation": "PP 13/2024", "effectiveFrom": "2024-01-01", "items": [
              { "code": "I.A", "description": { "id": "s.d. 50 halaman", "en": "up to 50 pages" }, "unit": { "id": "per 50 halaman", "en": "per 50 pages" }, "amount": 50000 },
              { "code": "I.B", "description": { "id": "tambahan", "en": "each further 50 pages" }, "unit": { "id": "per 50 halaman", "en": "per 50 pages" }, "amount": 15000 } ] } ] } ] }
            """);

        var items = (await _site.InScopeAsync(sp => sp.GetRequiredService<ITariffStore>().LoadAsync())).Schedules.Single(s => s.Regulation == "PP 13/2024").Items;
        Assert.Equal(new LocalizedName("s.d. 50 halaman", "up to 50 pages"), items[0].Description);
        Assert.Equal(new LocalizedName("per 50 halaman", "per 50 pages"), items[0].Unit);
        // The office reworded I.B: its wording stays (the translation of other words is not taken), its unit gets the English.
        Assert.Equal(new LocalizedName("tambahan per 50 halaman"), items[1].Description);
        Assert.Equal(new LocalizedName("per 50 halaman", "per 50 pages"), items[1].Unit);
        Assert.Contains("Kept tariff schedule PP 13/2024 item I.B", Assert.Single(run.Notes).ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Applied_again_a_recipe_keeps_what_the_administrator_changed_lists_it_and_a_preview_writes_nothing()
    {
        await ApplyAsync(Valid);
        await _site.InScopeAsync(async sp =>
        {
            var tariffs = sp.GetRequiredService<ITariffStore>();
            var schedule = (await tariffs.LoadAsync()).Schedules.Single(s => s.Regulation == "PP 7/2015");
            await tariffs.SetAsync(schedule with { Confirmed = true, Items = [schedule.Item("I.A") with { Amount = new Pst.Core.Kernel.Rupiah(40_000) }] });
            await sp.GetRequiredService<IRolePermissionStore>().SetAsync("FrontOffice", new HashSet<string> { "counters.view" });
            var settings = sp.GetRequiredService<ISiteSettings>();
            var office = (await settings.GetAsync("office"))!.AsObject();
            office["address"] = "Jl. Pahlawan No. 6, Semarang";
            await settings.SetAsync("office", office.DeepClone());
            await sp.GetRequiredService<FeatureManager>().EnableAsync("Maps");
        });
        var changed = await SnapshotAsync();

        var run = await ApplyAsync(Valid);

        Assert.Equal(changed, await SnapshotAsync());
        Assert.Equal(
            [
                "$.steps[0].settings.office.address: Kept setting office.address: the site has \"Jl. Pahlawan No. 6, Semarang\", the recipe says \"Jl. Pahlawan No. 6 Semarang 50241\".",
                "$.steps[1].disable[0]: Kept module Maps: the site has enabled, the recipe says disabled.",
                "$.steps[3].roles[0]: Kept the permissions of role FrontOffice: the site has counters.view, the recipe says counters.manage, counters.view.",
                "$.steps[5].schedules[0].confirmed: Kept the confirmation of tariff schedule PP 7/2015: the site has confirmed, the recipe says not confirmed.",
                "$.steps[5].schedules[0].items[0]: Kept tariff schedule PP 7/2015 item I.A: the site has s.d. 50 halaman (per 50 halaman) Rp40.000,00, the recipe says s.d. 50 halaman (per 50 halaman) not filled in.",
            ],
            run.Notes.Select(n => $"{n.Path}: {string.Format(System.Globalization.CultureInfo.InvariantCulture, n.Message, n.Arguments)}"));

        var preview = await ApplyAsync(Valid, new RecipeOptions(Overwrite: true, Preview: true));
        Assert.Equal(5, preview.Notes.Count(n => n.Message.StartsWith("Changed", StringComparison.Ordinal)));
        Assert.Equal(changed, await SnapshotAsync());

        await ApplyAsync(Valid, new RecipeOptions(Overwrite: true));
        await _site.InScopeAsync(async sp =>
        {
            Assert.Equal("Jl. Pahlawan No. 6 Semarang 50241", (await OfficeSettings.LoadAsync(sp.GetRequiredService<ISiteSettings>())).Address);
            Assert.False(await sp.GetRequiredService<FeatureManager>().IsEnabledAsync("Maps"));
            Assert.Null((await sp.GetRequiredService<ITariffStore>().LoadAsync()).Schedules.Single(s => s.Regulation == "PP 7/2015").Item("I.A").Amount);
        });
    }

    [Fact]
    public async Task A_recipe_saved_with_a_byte_order_mark_is_read()
    {
        var withBom = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(Valid)).ToArray();
        var run = await _site.InScopeAsync(sp => sp.GetRequiredService<RecipeEngine>().ApplyAsync("bom.recipe.json", withBom, "tester"));
        Assert.Equal("office", run.Name);
    }

    [Fact]
    public async Task Invalid_JSON_is_refused_with_its_line()
    {
        var error = await Assert.ThrowsAsync<RecipeRejectedException>(() => ApplyAsync("{ \"name\": \"x\",\n  \"steps\": [ } "));
        Assert.StartsWith("line 2", Assert.Single(error.Errors).Path, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_step_failing_while_it_runs_rolls_back_the_steps_before_it()
    {
        // Valid in shape, but disabling Catalogue is refused at run time because the enabled Maps needs it.
        const string json = """
            { "name": "x", "steps": [
              { "name": "settings", "settings": { "office": { "name": "PST", "address": "Semarang" } } },
              { "name": "features", "disable": ["Catalogue"] } ] }
            """;

        await Assert.ThrowsAsync<FeatureChangeRefusedException>(() => ApplyAsync(json));

        Assert.Equal(0, await CountWrittenAsync());
    }

    private sealed class Module(string id, bool isCore = false, params string[] dependencies) : IModule
    {
        public ModuleManifest Manifest { get; } = new(id, id, "Test", "Test", isCore, dependencies);
    }

    /// <summary>A module that contributes its own recipe step through the registration point.</summary>
    private sealed class CountersModule : IModule
    {
        public ModuleManifest Manifest { get; } = new("Counters", "Counters", "Test", "Test");

        public IEnumerable<Permission> Permissions =>
        [
            new("counters.manage", "Manage counters", IsStaff: true),
            new("counters.view", "See counters"),
        ];

        public void ConfigureServices(IServiceCollection services, IConfiguration configuration) =>
            services.AddScoped<IRecipeStep, CountersStep>();
    }

    private sealed class CountersStep(ISiteSettings settings) : IRecipeStep
    {
        public string Name => "counters";

        public void Validate(JsonElement step, RecipeStepValidation validation)
        {
            validation.OnlyProperties(step, validation.StepPath, "name", "counters");
            validation.StringArray(step, "counters", validation.StepPath, required: true);
        }

        public Task ExecuteAsync(JsonElement step, RecipeExecution execution, CancellationToken cancellationToken) =>
            settings.SetAsync("counters", System.Text.Json.Nodes.JsonNode.Parse(step.GetProperty("counters").GetRawText()), cancellationToken);
    }
}
