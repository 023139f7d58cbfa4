using System.Globalization;

namespace Pst.Core.Kernel;

/// <summary>The lengths of period the satisfaction index and the supervisor's reports are given for.</summary>
public enum PeriodKind
{
    Month,
    Quarter,
    Semester,
    Year,
}

/// <summary>
/// A calendar month, quarter, semester or year of the office (WIB). <see cref="Number"/> is the month (1–12),
/// quarter (1–4) or semester (1–2) within <see cref="Year"/>; 1 for a year. Its key is how it stands in an
/// address: <c>2026-03</c>, <c>2026-Q1</c>, <c>2026-S1</c>, <c>2026</c>.
/// </summary>
public readonly record struct ReportPeriod
{
    private ReportPeriod(PeriodKind kind, int year, int number)
    {
        Kind = kind;
        Year = year;
        Number = number;
    }

    public PeriodKind Kind { get; }

    public int Year { get; }

    public int Number { get; }

    public static ReportPeriod Of(PeriodKind kind, int year, int number)
    {
        if (year is < 2000 or > 9999 || number < 1 || number > 12 / MonthsIn(kind))
        {
            throw new ArgumentOutOfRangeException(nameof(number), $"No {kind} {number} in {year}.");
        }

        return new ReportPeriod(kind, year, number);
    }

    /// <summary>The period of this kind a day falls in.</summary>
    public static ReportPeriod Containing(PeriodKind kind, DateOnly day) =>
        new(kind, day.Year, (day.Month - 1) / MonthsIn(kind) + 1);

    /// <summary>The first day.</summary>
    public DateOnly Start => new(Year, (Number - 1) * MonthsIn(Kind) + 1, 1);

    /// <summary>The day after the last.</summary>
    public DateOnly End => Start.AddMonths(MonthsIn(Kind));

    /// <summary>Midnight WIB of the first day, as a moment.</summary>
    public DateTimeOffset StartsAt => new(Start.ToDateTime(TimeOnly.MinValue), OfficeTime.Offset);

    /// <summary>Midnight WIB after the last day: the period holds moments from <see cref="StartsAt"/> up to, not including, this.</summary>
    public DateTimeOffset EndsAt => new(End.ToDateTime(TimeOnly.MinValue), OfficeTime.Offset);

    public bool Contains(DateTimeOffset moment) => moment >= StartsAt && moment < EndsAt;

    public ReportPeriod Previous => Containing(Kind, Start.AddDays(-1));

    /// <summary>This period and the <paramref name="count"/> − 1 before it, oldest first.</summary>
    public IReadOnlyList<ReportPeriod> Trailing(int count)
    {
        var periods = new List<ReportPeriod> { this };
        while (periods.Count < count)
        {
            periods.Add(periods[^1].Previous);
        }

        periods.Reverse();
        return periods;
    }

    /// <summary>The months of this period, oldest first (a month period is its own only month).</summary>
    public IReadOnlyList<ReportPeriod> Months
    {
        get
        {
            var start = Start;
            return Enumerable.Range(0, MonthsIn(Kind)).Select(i => start.AddMonths(i)).Select(d => Of(PeriodKind.Month, d.Year, d.Month)).ToList();
        }
    }

    public string Key => Kind switch
    {
        PeriodKind.Month => $"{Year:D4}-{Number:D2}",
        PeriodKind.Quarter => $"{Year:D4}-Q{Number}",
        PeriodKind.Semester => $"{Year:D4}-S{Number}",
        _ => $"{Year:D4}",
    };

    /// <summary>A period from its <see cref="Key"/>; false for anything else.</summary>
    public static bool TryParse(string? key, out ReportPeriod period)
    {
        period = default;
        if (key is not { Length: >= 4 } || !int.TryParse(key.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var year) || year < 2000)
        {
            return false;
        }

        var rest = key[4..];
        (PeriodKind Kind, string Number)? parts = rest switch
        {
            "" => (PeriodKind.Year, "1"),
            ['-', 'Q', .. var n] => (PeriodKind.Quarter, n),
            ['-', 'S', .. var n] => (PeriodKind.Semester, n),
            ['-', _, _] => (PeriodKind.Month, rest[1..]),
            _ => null,
        };
        if (parts is not { } p || !int.TryParse(p.Number, NumberStyles.None, CultureInfo.InvariantCulture, out var number) || number < 1 || number > 12 / MonthsIn(p.Kind))
        {
            return false;
        }

        period = new ReportPeriod(p.Kind, year, number);
        return true;
    }

    public override string ToString() => Key;

    private static int MonthsIn(PeriodKind kind) => kind switch
    {
        PeriodKind.Month => 1,
        PeriodKind.Quarter => 3,
        PeriodKind.Semester => 6,
        PeriodKind.Year => 12,
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };
}
