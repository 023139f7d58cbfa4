using Pst.Core.Kernel;

namespace Pst.Core.Products;

/// <summary>One row of a tariff regulation's annex (e.g. "I.A publikasi elektronik s.d. 50 halaman, Rp50.000").</summary>
/// <param name="Description">The annex's own wording.</param>
/// <param name="Unit">The annex's unit ("per 50 halaman", "1.000 bytes", "per peta").</param>
public sealed record TariffItem(string Code, string Description, string Unit, Rupiah Amount);

/// <summary>The tariffs of one regulation from the day it takes effect. Kept as data, never as constants.</summary>
public sealed record TariffSchedule(string Regulation, DateOnly EffectiveFrom, IReadOnlyList<TariffItem> Items)
{
    public TariffItem Item(string code) =>
        Items.FirstOrDefault(i => i.Code == code)
        ?? throw new KeyNotFoundException($"The tariff schedule '{Regulation}' has no item '{code}'.");
}

/// <summary>All schedules over time; the one in force on a day is the latest that took effect on or before it.</summary>
public sealed class TariffBook(IEnumerable<TariffSchedule> schedules)
{
    private readonly List<TariffSchedule> _schedules = schedules.OrderBy(s => s.EffectiveFrom).ToList();

    public TariffSchedule InForceOn(DateOnly date) =>
        _schedules.LastOrDefault(s => s.EffectiveFrom <= date)
        ?? throw new InvalidOperationException($"No tariff schedule is in force on {date:yyyy-MM-dd}.");
}

/// <summary>One itemised part of a price: which tariff row, how many units, at what unit price.</summary>
public sealed record PriceComponent(string TariffCode, string Description, decimal Quantity, string Unit, Rupiah UnitPrice, Rupiah Amount);

/// <summary>An itemised price for a line, with the regulation it was computed under.</summary>
public sealed record PriceQuote(string Regulation, IReadOnlyList<PriceComponent> Components)
{
    public Rupiah Total => Rupiah.Sum(Components.Select(c => c.Amount));
}
