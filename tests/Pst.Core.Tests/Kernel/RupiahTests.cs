using System.Globalization;
using Pst.Core.Kernel;

namespace Pst.Core.Tests.Kernel;

public sealed class RupiahTests
{
    [Theory]
    [InlineData(0, "Rp0,00")]
    [InlineData(1_250_000, "Rp1.250.000,00")]
    [InlineData(24_077_601, "Rp24.077.601,00")]
    [InlineData(-50_000, "-Rp50.000,00")]
    public void Formats_the_Indonesian_way(long amount, string expected) =>
        Assert.Equal(expected, new Rupiah(amount).ToString(CultureInfo.GetCultureInfo("id-ID")));

    [Theory]
    [InlineData(0, "IDR 0.00")]
    [InlineData(1_250_000, "IDR 1,250,000.00")]
    [InlineData(-50_000, "-IDR 50,000.00")]
    public void Formats_the_English_way_for_an_English_reader(long amount, string expected) =>
        Assert.Equal(expected, new Rupiah(amount).ToString(CultureInfo.GetCultureInfo("en")));

    [Fact]
    public void Follows_the_current_culture_like_every_other_number_on_the_page()
    {
        Assert.Equal("IDR 1,250,000.00", ReaderLanguage.In("en", () => $"{new Rupiah(1_250_000)}"));
        Assert.Equal("Rp1.250.000,00", ReaderLanguage.In("id", () => $"{new Rupiah(1_250_000)}"));
    }

    [Fact]
    public void Adds_and_multiplies_in_whole_rupiah() =>
        Assert.Equal(new Rupiah(80_000), new Rupiah(50_000) + new Rupiah(15_000) * 2);
}
