using Pst.Core.Products;

namespace Pst.Products.Microdata.Pricing;

/// <summary>
/// Tariff II of PP 13/2024 for data by delivered size: the first row covers up to one megabyte, the second row is
/// charged per further 1,000 bytes. II.A.1/II.A.2 for unprocessed microdata (per dataset), II.B.1/II.B.2 for
/// processed data (per table).
/// </summary>
public sealed record SizeTariff(string FirstMegabyte, string PerThousandBytes)
{
    public const long BlockBytes = 1_000;

    public static SizeTariff Unprocessed { get; } = new("II.A.1", "II.A.2");

    public static SizeTariff Processed { get; } = new("II.B.1", "II.B.2");

    public IReadOnlyList<PriceComponent> Charge(TariffSchedule schedule, long bytes, MicrodataSettings settings)
    {
        var components = new List<PriceComponent> { schedule.Charge(FirstMegabyte, 1) };
        var further = Math.Max(0, bytes - settings.MegabyteBytes);
        if (further > 0)
        {
            components.Add(settings.PartialBlock == PartialBlock.RoundUp
                ? schedule.Charge(PerThousandBytes, (further + BlockBytes - 1) / BlockBytes)
                : schedule.Charge(PerThousandBytes, (decimal)further / BlockBytes));
        }

        return components;
    }
}
