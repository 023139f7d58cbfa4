using Pst.Core.Kernel;
using Pst.Payments.Billings;

namespace Pst.Payments.Tests;

public sealed class SimponiFormatsTests
{
    [Theory]
    [InlineData("820261124000123", "820261124000123")]
    [InlineData("82026 11240 00123", "820261124000123")]
    [InlineData("82026-11240-00123", "820261124000123")]
    [InlineData("82026112400012", null)]
    [InlineData("8202611240001234", null)]
    [InlineData("82026112400012A", null)]
    [InlineData("", null)]
    [InlineData(null, null)]
    public void A_billing_code_has_15_digits(string? input, string? expected) =>
        Assert.Equal(expected, SimponiFormats.BillingCode(input));

    [Theory]
    [InlineData("A1B2C3D4E5F6G7H8", "A1B2C3D4E5F6G7H8")]
    [InlineData("a1b2 c3d4 e5f6 g7h8", "A1B2C3D4E5F6G7H8")]
    [InlineData("A1B2C3D4E5F6G7H", null)]
    [InlineData("A1B2C3D4E5F6G7H8I", null)]
    [InlineData("A1B2C3D4E5F6G7H!", null)]
    public void An_ntpn_has_16_letters_and_digits(string? input, string? expected) =>
        Assert.Equal(expected, SimponiFormats.Ntpn(input));

    [Fact]
    public void An_active_billing_is_expired_from_the_moment_it_expires_and_a_paid_one_stays_paid()
    {
        var issued = new DateTimeOffset(2026, 11, 24, 3, 0, 0, TimeSpan.Zero);
        var billing = new Billing(Guid.NewGuid(), "PST-2026-00001", "820261124000123", new Rupiah(80_000), issued, issued.AddDays(7), BillingMode.Simulator);

        Assert.Equal(BillingStatus.Active, billing.StatusAt(issued.AddDays(7).AddTicks(-1)));
        Assert.Equal(BillingStatus.Expired, billing.StatusAt(issued.AddDays(7)));
        billing.MarkPaid();
        Assert.Equal(BillingStatus.Paid, billing.StatusAt(issued.AddDays(30)));
        billing.Cancel();
        Assert.Equal(BillingStatus.Paid, billing.StatusAt(issued.AddDays(30)));
    }
}
