using Pst.Core.Kernel;

namespace Pst.Core.Tests.Kernel;

public sealed class TaxNumberAbroadTests
{
    [Theory]
    [InlineData("DE 123 456 789", "DE 123 456 789")]
    [InlineData("  HRB  12345 /  Amtsgericht München ", "HRB 12345 / Amtsgericht München")]
    [InlineData("91310000-MA1FL8.1X", "91310000-MA1FL8.1X")]
    public void A_customer_abroad_gives_the_number_as_their_country_writes_it(string input, string printed) =>
        Assert.Equal((printed, null), TaxNumberAbroad.Check(Domicile.Abroad, input));

    [Fact]
    public void None_is_fine()
    {
        Assert.Equal((null, null), TaxNumberAbroad.Check(Domicile.Abroad, "  "));
        Assert.Equal((null, null), TaxNumberAbroad.Check(Domicile.Indonesia, null));
    }

    [Fact]
    public void A_customer_in_Indonesia_gives_the_NPWP_instead() =>
        Assert.Equal(
            (null, "A tax or registration number from abroad is for customers living abroad; a business in Indonesia gives its NPWP."),
            TaxNumberAbroad.Check(Domicile.Indonesia, "DE 123456789"));

    [Fact]
    public void A_number_too_long_or_with_other_signs_is_refused()
    {
        Assert.Equal((null, "The tax or registration number may have at most 40 characters."), TaxNumberAbroad.Check(Domicile.Abroad, new string('1', 41)));
        Assert.Equal((null, "The tax or registration number may have letters, digits, spaces, dashes, dots and slashes only."), TaxNumberAbroad.Check(Domicile.Abroad, "<script>"));
    }
}
