using System.Globalization;

namespace Pst.Core.Kernel;

/// <summary>The lengths of period the satisfaction index and the supervisor's reports are given for.</summary>
public enum PeriodKind
{
    Month,
    Quarter,
    Semester,
    Year,

    /// <summary>From one day to another, both included, as the supervisor chooses them.</summary>
    Range,
}

/// <summary>Why a period asked for cannot be reported on (each answered with status 400 and its own message).</summary>
public enum PeriodProblem
{
    NotAPeriod,
    FromAfterTo,
    BeforeRecords,
    TooFarAhead,
    TooLong,
}

/// <summary>
/// A calendar month, quarter, semester or year of the office (WIB), or a range of days. <see cref="Number"/> is the
/// month (1–12), quarter (1–4) or semester (1–2) within <see cref="Year"/>; 1 for a year or a range. Its key is how
/// it stands in an address: <c>2026-03</c>, <c>2026-Q1</c>, <c>2026-S1</c>, <c>2026</c>, <c>2026-03-05..2026-04-10</c>.
/// </summary>
public readonly record struct ReportPeriod
{
    /// <summary>The first year any period may start in: the office keeps no records before it.</summary>
    public const int EarliestYear = 2000;

    /// <summary>The longest range of days a report covers (five years), beyond which a year-by-year report serves better.</summary>
    public const int LongestRangeDays = 5 * 366;

    private const string RangeSeparator = "..";

    private readonly DateOnly _start;
    private readonly DateOnly _end;

    private ReportPeriod(PeriodKind kind, int year, int number)
    {
        Kind = kind;
        Year = year;
        Number = number;
        _start = new DateOnly(year, (number - 1) * MonthsIn(kind) + 1, 1);
        _end = _start.AddMonths(MonthsIn(kind));
    }

    private ReportPeriod(DateOnly first, DateOnly last)
    {
        Kind = PeriodKind.Range;
        Year = first.Year;
        Number = 1;
        _start = first;
        _end = last.AddDays(1);
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

    /// <summary>The days from <paramref name="first"/> to <paramref name="last"/>, both included.</summary>
    public static ReportPeriod Between(DateOnly first, DateOnly last) =>
        last < first ? throw new ArgumentOutOfRangeException(nameof(last), "A period ends on or after its first day.") : new ReportPeriod(first, last);

    /// <summary>The period of this kind a day falls in.</summary>
    public static ReportPeriod Containing(PeriodKind kind, DateOnly day) =>
        new(kind, day.Year, (day.Month - 1) / MonthsIn(kind) + 1);

    /// <summary>The first day.</summary>
    public DateOnly Start => _start;

    /// <summary>The day after the last.</summary>
    public DateOnly End => _end;

    /// <summary>The last day.</summary>
    public DateOnly LastDay => _end.AddDays(-1);

    /// <summary>Midnight WIB of the first day, as a moment.</summary>
    public DateTimeOffset StartsAt => new(Start.ToDateTime(TimeOnly.MinValue), OfficeTime.Offset);

    /// <summary>Midnight WIB after the last day: the period holds moments from <see cref="StartsAt"/> up to, not including, this.</summary>
    public DateTimeOffset EndsAt => new(End.ToDateTime(TimeOnly.MinValue), OfficeTime.Offset);

    public bool Contains(DateTimeOffset moment) => moment >= StartsAt && moment < EndsAt;

    /// <summary>The period before: the calendar period before, or as many days just before a range.</summary>
    public ReportPeriod Previous => Kind == PeriodKind.Range
        ? new ReportPeriod(_start.AddDays(_start.DayNumber - _end.DayNumber), _start.AddDays(-1))
        : Containing(Kind, Start.AddDays(-1));

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

    /// <summary>The months this period falls in, oldest first (a month period is its own only month).</summary>
    public IReadOnlyList<ReportPeriod> Months
    {
        get
        {
            var months = new List<ReportPeriod>();
            for (var month = Containing(PeriodKind.Month, _start); month.Start < _end; month = Containing(PeriodKind.Month, month.End))
            {
                months.Add(month);
            }

            return months;
        }
    }

    public string Key => Kind switch
    {
        PeriodKind.Month => $"{Year:D4}-{Number:D2}",
        PeriodKind.Quarter => $"{Year:D4}-Q{Number}",
        PeriodKind.Semester => $"{Year:D4}-S{Number}",
        PeriodKind.Range => KeyOfRange(Start, LastDay),
        _ => $"{Year:D4}",
    };

    /// <summary>The key of the days from <paramref name="first"/> to <paramref name="last"/>, as typed (in whatever order; <see cref="Read"/> judges it).</summary>
    public static string KeyOfRange(DateOnly first, DateOnly last) =>
        $"{first.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}{RangeSeparator}{last.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}";

    /// <summary>
    /// A period a supervisor asked for by its <see cref="Key"/>, or why it cannot be reported on as of
    /// <paramref name="today"/>: not a period, a range ending before it starts, before the office's records, starting
    /// after next year, or a range longer than <see cref="LongestRangeDays"/>.
    /// </summary>
    public static PeriodProblem? Read(string? key, DateOnly today, out ReportPeriod period)
    {
        if (!TryRead(key, out period))
        {
            return RangeDays(key) is var (first, last) && last < first ? PeriodProblem.FromAfterTo : PeriodProblem.NotAPeriod;
        }

        return period.Start.Year < EarliestYear ? PeriodProblem.BeforeRecords
            : period.Start.Year > today.Year + 1 ? PeriodProblem.TooFarAhead
            : period.End.DayNumber - period.Start.DayNumber > LongestRangeDays ? PeriodProblem.TooLong
            : null;
    }

    /// <summary>A period from its <see cref="Key"/>, starting in <see cref="EarliestYear"/> or later; false for anything else.</summary>
    public static bool TryParse(string? key, out ReportPeriod period)
    {
        if (TryRead(key, out period) && period.Start.Year >= EarliestYear)
        {
            return true;
        }

        period = default;
        return false;
    }

    /// <summary>A period from its key, whatever its year (<see cref="Read"/> judges the year).</summary>
    private static bool TryRead(string? key, out ReportPeriod period)
    {
        period = default;
        if (RangeDays(key) is var (first, last))
        {
            if (last < first)
            {
                return false;
            }

            period = new ReportPeriod(first, last);
            return true;
        }

        if (key is not { Length: >= 4 } || !int.TryParse(key.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var year) || year < 1)
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

    /// <summary>The two days of a range's key (<c>2026-03-05..2026-04-10</c>), in whatever order they stand; null for any other key.</summary>
    private static (DateOnly First, DateOnly Last)? RangeDays(string? key) =>
        key?.Split(RangeSeparator) is [var from, var to]
        && DateOnly.TryParseExact(from, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var first)
        && DateOnly.TryParseExact(to, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var last)
            ? (first, last)
            : null;

    private static int MonthsIn(PeriodKind kind) => kind switch
    {
        PeriodKind.Month => 1,
        PeriodKind.Quarter => 3,
        PeriodKind.Semester => 6,
        PeriodKind.Year => 12,
        PeriodKind.Range => throw new InvalidOperationException("A range of days is not made of whole months."),
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };
}
