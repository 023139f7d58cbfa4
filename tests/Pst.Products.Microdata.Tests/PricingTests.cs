using Pst.Core.Kernel;
using Pst.Core.Products;
using Pst.Products.Microdata.Pricing;

namespace Pst.Products.Microdata.Tests;

/// <summary>Tariff II by delivered size: the first megabyte, then per 1,000 bytes, counted as the settings say.</summary>
public sealed class PricingTests
{
    private static readonly TariffSchedule Pp13 = new("PP 13/2024", new DateOnly(2024, 1, 1),
    [
        new("II.A.1", "Data mikro tanpa proses data, sampai dengan 1 MB", "1 MB", new Rupiah(20_000)),
        new("II.A.2", "Data mikro tanpa proses data, tambahan per 1.000 bytes", "1.000 bytes", new Rupiah(20)),
        new("II.B.1", "Data mikro dengan proses data, sampai dengan 1 MB", "1 MB", new Rupiah(22_000)),
        new("II.B.2", "Data mikro dengan proses data, tambahan per 1.000 bytes", "1.000 bytes", new Rupiah(22)),
    ], Confirmed: false);

    private static long Total(long bytes, MicrodataSettings settings, SizeTariff? tariff = null) =>
        Rupiah.Sum((tariff ?? SizeTariff.Unprocessed).Charge(Pp13, bytes, settings).Select(c => c.Amount)).Amount;

    [Theory]
    [InlineData(1, 20_000)]
    [InlineData(999_999, 20_000)]
    [InlineData(1_000_000, 20_000)]
    [InlineData(1_000_001, 20_000)] // one byte: Rp0,02, rounded to the rupiah
    [InlineData(1_000_025, 20_001)] // 25 bytes: Rp0,50, rounded half away from zero
    [InlineData(1_001_000, 20_020)]
    [InlineData(1_001_500, 20_030)]
    [InlineData(2_000_000, 40_000)]
    public void By_default_the_first_megabyte_is_a_million_bytes_and_further_bytes_are_charged_pro_rata(long bytes, long rupiah) =>
        Assert.Equal(rupiah, Total(bytes, new MicrodataSettings()));

    [Theory]
    [InlineData(1_000_000, 20_000)]
    [InlineData(1_000_001, 20_020)]
    [InlineData(1_001_000, 20_020)]
    [InlineData(1_001_001, 20_040)]
    public void Rounding_up_charges_a_started_block_of_a_thousand_bytes_whole(long bytes, long rupiah) =>
        Assert.Equal(rupiah, Total(bytes, new MicrodataSettings { PartialBlock = PartialBlock.RoundUp }));

    [Theory]
    [InlineData(1_048_576, 20_000)]
    [InlineData(1_049_576, 20_020)]
    public void A_binary_megabyte_can_be_chosen(long bytes, long rupiah) =>
        Assert.Equal(rupiah, Total(bytes, new MicrodataSettings { MegabyteBytes = 1_048_576 }));

    [Fact]
    public void The_Silastik_catalogue_price_of_Susenas_March_2025_KOR_is_reproduced_by_the_default_counting()
    {
        // DOMAIN.md §1.2: Rp24.077.601 for the 1,12 GB file; pro rata per byte it is 1,203,880,050 bytes.
        Assert.Equal(24_077_601, Total(1_203_880_050, new MicrodataSettings()));
        var itemised = SizeTariff.Unprocessed.Charge(Pp13, 1_203_880_050, new MicrodataSettings());
        Assert.Equal(("II.A.1", 1m), (itemised[0].TariffCode, itemised[0].Quantity));
        Assert.Equal(("II.A.2", 1_202_880.05m), (itemised[1].TariffCode, itemised[1].Quantity));
    }

    [Fact]
    public void Processed_data_are_charged_on_their_own_rows()
    {
        Assert.Equal(22_000 + 22, Total(1_001_000, new MicrodataSettings(), SizeTariff.Processed));
        Assert.Equal(["II.B.1", "II.B.2"], SizeTariff.Processed.Charge(Pp13, 1_001_000, new MicrodataSettings()).Select(c => c.TariffCode));
    }
}
