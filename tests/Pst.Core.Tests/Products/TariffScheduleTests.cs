using Pst.Core.Kernel;
using Pst.Core.Products;

namespace Pst.Core.Tests.Products;

public sealed class TariffScheduleTests
{
    private static readonly TariffSchedule Unfilled = new("PP 7/2015", new DateOnly(2015, 1, 1), [new("I.A", "s.d. 50 halaman", "per 50 halaman", null)], Confirmed: false);
    private static readonly TariffSchedule Current = new("PP 13/2024", new DateOnly(2024, 1, 1), [new("II.A.2", "tambahan per 1.000 bytes", "1.000 bytes", new Rupiah(20))], Confirmed: false);

    [Fact]
    public void A_charge_is_the_unit_price_times_the_quantity_with_the_annex_wording()
    {
        var charge = Current.Charge("II.A.2", 1_119_001);

        Assert.Equal(("II.A.2", "tambahan per 1.000 bytes", 1_119_001m, "1.000 bytes", 20L, 22_380_020L),
            (charge.TariffCode, charge.Description, charge.Quantity, charge.Unit, charge.UnitPrice.Amount, charge.Amount.Amount));
    }

    [Fact]
    public void An_amount_not_filled_in_cannot_be_charged()
    {
        var error = Assert.Throws<TariffNotSetException>(() => Unfilled.Charge("I.A", 1));
        Assert.Equal(("PP 7/2015", "I.A"), (error.Regulation, error.Code));
    }

    [Fact]
    public void A_row_the_schedule_does_not_have_cannot_be_charged_either()
    {
        var error = Assert.Throws<TariffNotSetException>(() => Current.Charge("P.A", 1));
        Assert.Equal(("PP 13/2024", "P.A"), (error.Regulation, error.Code));
    }

    [Fact]
    public void The_schedule_in_force_switches_on_its_effective_date()
    {
        var book = new TariffBook([Current, Unfilled]);
        Assert.Equal("PP 7/2015", book.InForceOn(new DateOnly(2023, 12, 31)).Regulation);
        Assert.Equal("PP 13/2024", book.InForceOn(new DateOnly(2024, 1, 1)).Regulation);
        Assert.Throws<InvalidOperationException>(() => book.InForceOn(new DateOnly(2014, 12, 31)));
    }
}
