using Pst.Core.Kernel;

namespace Pst.Core.Products;

/// <summary>One row of a tariff regulation's annex (e.g. "I.A publikasi elektronik s.d. 50 halaman, Rp50.000").</summary>
/// <param name="Description">The annex's own wording, with the office's English translation when given.</param>
/// <param name="Unit">The annex's unit ("per 50 halaman", "1.000 bytes", "per peta"), likewise.</param>
/// <param name="Amount">Null while the office has not filled in the annex's amount (nothing can be priced on it yet).</param>
public sealed record TariffItem(string Code, LocalizedName Description, LocalizedName Unit, Rupiah? Amount);

/// <summary>The tariffs of one regulation from the day it takes effect. Kept as data, never as constants.</summary>
/// <param name="Confirmed">False while the amounts come from a secondary source and await the office's confirmation.</param>
public sealed record TariffSchedule(string Regulation, DateOnly EffectiveFrom, IReadOnlyList<TariffItem> Items, bool Confirmed = true)
{
    public TariffItem Item(string code) =>
        Items.FirstOrDefault(i => i.Code == code)
        ?? throw new KeyNotFoundException($"The tariff schedule '{Regulation}' has no item '{code}'.");

    /// <summary>One itemised charge: <paramref name="quantity"/> units of the item <paramref name="code"/>.</summary>
    /// <exception cref="TariffNotSetException">The schedule has no such row, or its amount is not filled in yet.</exception>
    public PriceComponent Charge(string code, long quantity)
    {
        var item = Items.FirstOrDefault(i => i.Code == code) ?? throw new TariffNotSetException(Regulation, code);
        var unitPrice = item.Amount ?? throw new TariffNotSetException(Regulation, code);
        return new PriceComponent(item.Code, item.Description, quantity, item.Unit, unitPrice, unitPrice * quantity);
    }

    /// <summary>A charge for a part of a unit too (1,202,880.05 blocks of 1,000 bytes), rounded to the rupiah, half away from zero.</summary>
    public PriceComponent Charge(string code, decimal quantity)
    {
        var whole = Charge(code, 1);
        var amount = new Rupiah((long)Math.Round(whole.UnitPrice.Amount * quantity, MidpointRounding.AwayFromZero));
        return whole with { Quantity = quantity, Amount = amount };
    }
}

/// <summary>A price was asked of a tariff row the schedule lacks, or whose amount the office has not filled in yet.</summary>
public sealed class TariffNotSetException(string regulation, string code)
    : Exception($"The amount of tariff item '{code}' of '{regulation}' is not filled in yet.")
{
    public string Regulation { get; } = regulation;

    public string Code { get; } = code;
}

/// <summary>All schedules over time; the one in force on a day is the latest that took effect on or before it.</summary>
public sealed class TariffBook(IEnumerable<TariffSchedule> schedules)
{
    private readonly List<TariffSchedule> _schedules = schedules.OrderBy(s => s.EffectiveFrom).ToList();

    public IReadOnlyList<TariffSchedule> Schedules => _schedules;

    public TariffSchedule? FindInForceOn(DateOnly date) => _schedules.LastOrDefault(s => s.EffectiveFrom <= date);

    public TariffSchedule InForceOn(DateOnly date) =>
        FindInForceOn(date)
        ?? throw new InvalidOperationException($"No tariff schedule is in force on {date:yyyy-MM-dd}.");
}

/// <summary>One itemised part of a price: which tariff row (in the annex's wording), how many units, at what unit price.</summary>
public sealed record PriceComponent(string TariffCode, LocalizedName Description, decimal Quantity, LocalizedName Unit, Rupiah UnitPrice, Rupiah Amount);

/// <summary>An itemised price for a line, with the regulation it was computed under.</summary>
/// <param name="Estimate">True when the price depends on what will be delivered and that is not measured yet (shown as an estimate, never invoiced).</param>
public sealed record PriceQuote(string Regulation, IReadOnlyList<PriceComponent> Components, bool Estimate = false)
{
    public Rupiah Total => Rupiah.Sum(Components.Select(c => c.Amount));
}

/// <summary>The stored tariff schedules.</summary>
public interface ITariffStore
{
    Task<TariffBook> LoadAsync(CancellationToken cancellationToken = default);

    /// <summary>Adds the schedule, or makes the stored one of the same regulation exactly this; an unchanged schedule is not written.</summary>
    Task SetAsync(TariffSchedule schedule, CancellationToken cancellationToken = default);
}
