namespace Pst.Data.Tariffs;

/// <summary>A tariff schedule as stored (table <c>Core_TariffSchedules</c>), keyed by its regulation.</summary>
public sealed class TariffScheduleRecord
{
    public string Regulation { get; set; } = "";

    public DateOnly EffectiveFrom { get; set; }

    public bool Confirmed { get; set; }

    public List<TariffItemRecord> Items { get; set; } = [];
}

/// <summary>One row of a schedule (table <c>Core_TariffItems</c>); <see cref="Amount"/> in whole rupiah, null while not filled in.</summary>
public sealed class TariffItemRecord
{
    public int Id { get; set; }

    public string Regulation { get; set; } = "";

    public int Position { get; set; }

    public string Code { get; set; } = "";

    public string Description { get; set; } = "";

    public string Unit { get; set; } = "";

    /// <summary>The office's English translation of <see cref="Description"/>; null when not given.</summary>
    public string? DescriptionEn { get; set; }

    /// <summary>The office's English translation of <see cref="Unit"/>; null when not given.</summary>
    public string? UnitEn { get; set; }

    public long? Amount { get; set; }
}
