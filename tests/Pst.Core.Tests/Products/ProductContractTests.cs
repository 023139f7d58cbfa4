using System.Text.Json.Nodes;
using Pst.Core.Features;
using Pst.Core.Kernel;
using Pst.Core.Modules;
using Pst.Core.Products;
using Pst.Core.Tests.Features;
using Pst.Core.Tests.Modules;

namespace Pst.Core.Tests.Products;

public sealed class ProductContractTests
{
    private static readonly CatalogueItem Item = new("SUS-2025", "leaflet", "Susenas tables",
        new JsonObject { ["pages"] = 120, ["tables"] = new JsonArray("T1", "T2", "T3", "T4") });

    private static readonly TariffBook Tariffs = new([
        new TariffSchedule("PP 7/2015", new DateOnly(2015, 2, 1), [new("I.A", "s.d. 50 halaman", "per 50 halaman", new Rupiah(40_000)), new("I.B", "tambahan", "per 50 halaman", new Rupiah(10_000))]),
        new TariffSchedule("PP 13/2024", new DateOnly(2024, 6, 1), [new("I.A", "s.d. 50 halaman", "per 50 halaman", new Rupiah(50_000)), new("I.B", "tambahan", "per 50 halaman", new Rupiah(15_000))]),
    ]);

    private readonly InMemoryFeatureStore _store = new();
    private readonly ProductLineService _lines;
    private readonly FeatureManager _features;

    public ProductContractTests()
    {
        _features = new FeatureManager(ModuleGraph.Build([new TestModule(TestLeafletProductType.ModuleId)]), _store, []);
        _lines = new ProductLineService(new ProductTypeRegistry([new TestLeafletProductType()], _features));
    }

    private static ProductLine Line(SalesChannel channel, CustomerSegment segment, DateOnly date, params string[] tables) =>
        new(Item, LineChoices.Of(("format", ["csv"]), ("tables", tables)), new OrderingContext(channel, segment, Domicile.Indonesia, date));

    [Fact]
    public async Task Prices_itemised_under_the_schedule_in_force_on_the_day()
    {
        var quote = await _lines.PriceAsync(Line(SalesChannel.Online, CustomerSegment.Student, new DateOnly(2026, 11, 24), "T1"), Tariffs);

        Assert.Equal("PP 13/2024", quote.Regulation);
        Assert.Equal([("I.A", 1m, 50_000L), ("I.B", 2m, 30_000L)], quote.Components.Select(c => (c.TariffCode, c.Quantity, c.Amount.Amount)));
        Assert.Equal(new Rupiah(80_000), quote.Total);

        var old = await _lines.PriceAsync(Line(SalesChannel.Online, CustomerSegment.Student, new DateOnly(2020, 1, 1), "T1"), Tariffs);
        Assert.Equal(new Rupiah(60_000), old.Total);
    }

    [Fact]
    public async Task Validates_the_shape_of_the_choices_then_the_types_own_rules()
    {
        var shape = await _lines.ValidateAsync(new ProductLine(Item, LineChoices.Of(("format", ["doc"]), ("colour", ["red"])),
            new OrderingContext(SalesChannel.Online, CustomerSegment.Student, Domicile.Indonesia, new DateOnly(2026, 1, 5))));
        Assert.Equal(["colour", "format", "tables"], shape.Select(e => e.ChoiceKey).Order());

        var online = await _lines.ValidateAsync(Line(SalesChannel.Online, CustomerSegment.Student, new DateOnly(2026, 1, 5), "T1", "T2", "T3", "T4"));
        Assert.Equal("tables", Assert.Single(online).ChoiceKey);

        var desk = await _lines.ValidateAsync(Line(SalesChannel.WalkIn, CustomerSegment.Student, new DateOnly(2026, 1, 5), "T1", "T2", "T3", "T4"));
        Assert.Empty(desk);

        await Assert.ThrowsAsync<InvalidOperationException>(() => _lines.PriceAsync(Line(SalesChannel.Online, CustomerSegment.Student, new DateOnly(2026, 1, 5), "T9"), Tariffs));
    }

    [Fact]
    public async Task Required_documents_depend_on_the_segment()
    {
        var student = await _lines.RequirementsAsync(Line(SalesChannel.Online, CustomerSegment.Student, new DateOnly(2026, 1, 5), "T1"));
        var government = await _lines.RequirementsAsync(Line(SalesChannel.Online, CustomerSegment.Government, new DateOnly(2026, 1, 5), "T1"));

        Assert.Equal([DocumentCodes.DataUseAbstract], student.Documents.Select(d => d.Code));
        Assert.Equal([DocumentCodes.DataUseAbstract, DocumentCodes.ZeroTariffRequestLetter], government.Documents.Select(d => d.Code));
        Assert.True(government.NeedsAgreement);
        Assert.False(government.NeedsSample);
    }

    [Fact]
    public async Task Delivery_produces_the_files()
    {
        var target = new CollectingTarget();
        await _lines.DeliverAsync(new DeliveryContext(Line(SalesChannel.Online, CustomerSegment.Student, new DateOnly(2026, 1, 5), "T1", "T3"), "REQ-1", "Budi Santoso", target));

        var (name, contentType, text) = Assert.Single(target.Files);
        Assert.Equal(("REQ-1-SUS-2025.csv", "text/csv"), (name, contentType));
        Assert.Equal("table\nT1\nT3\n", text);
    }

    [Fact]
    public async Task A_disabled_module_s_type_is_not_offered_but_still_serves_the_lines_already_made()
    {
        var registry = new ProductTypeRegistry([new TestLeafletProductType()], _features);
        await _features.DisableAsync(TestLeafletProductType.ModuleId);
        Assert.Empty(await registry.GetOfferedAsync());
        Assert.Null(await registry.FindOfferedAsync("leaflet"));
        Assert.Empty(await _lines.ValidateAsync(Line(SalesChannel.Online, CustomerSegment.Student, new DateOnly(2026, 1, 5), "T1")));
        Assert.Equal(80_000, (await _lines.PriceAsync(Line(SalesChannel.Online, CustomerSegment.Student, new DateOnly(2026, 1, 5), "T1"), Tariffs)).Total.Amount);

        await _features.EnableAsync(TestLeafletProductType.ModuleId);
        Assert.NotNull(await registry.FindOfferedAsync("leaflet"));
    }

    private sealed class CollectingTarget : IDeliveryTarget
    {
        public List<(string Name, string ContentType, string Text)> Files { get; } = [];

        public async Task AddFileAsync(string fileName, string contentType, Stream content, CancellationToken cancellationToken)
        {
            using var reader = new StreamReader(content);
            Files.Add((fileName, contentType, await reader.ReadToEndAsync(cancellationToken)));
        }
    }
}
