using Pst.Core.Kernel;

namespace Pst.Core.Tests.Kernel;

public sealed class NpwpRuleTests
{
    [Fact]
    public void A_private_business_in_Indonesia_must_give_its_sixteen_digits()
    {
        Assert.Equal((null, "A private business must give its NPWP."), NpwpRule.Check(CustomerSegment.PrivateBusiness, Domicile.Indonesia, " "));
        Assert.Equal(("0123456789012345", null), NpwpRule.Check(CustomerSegment.PrivateBusiness, Domicile.Indonesia, "01.234.567.8-901.2345"));
        Assert.Equal((null, "The NPWP must have 16 digits."), NpwpRule.Check(CustomerSegment.PrivateBusiness, Domicile.Indonesia, "01.234.567.8-901.000"));
        Assert.True(NpwpRule.IsRequired(CustomerSegment.PrivateBusiness, Domicile.Indonesia));
        Assert.True(NpwpRule.IsRequired(CustomerSegment.PrivateBusiness, null)); // domicile not said yet: asked as at home
    }

    [Fact]
    public void A_business_abroad_need_not_give_one_but_one_it_gives_is_checked()
    {
        Assert.False(NpwpRule.IsRequired(CustomerSegment.PrivateBusiness, Domicile.Abroad));
        Assert.Equal((null, null), NpwpRule.Check(CustomerSegment.PrivateBusiness, Domicile.Abroad, ""));
        Assert.Equal((null, "The NPWP must have 16 digits."), NpwpRule.Check(CustomerSegment.PrivateBusiness, Domicile.Abroad, "DE 123456789"));
    }

    [Fact]
    public void Others_need_none() =>
        Assert.Equal((null, null), NpwpRule.Check(CustomerSegment.Student, Domicile.Indonesia, null));
}
