namespace Pst.Core.Calendar;

/// <summary>A day the office may be closed: a national holiday (libur nasional) or collective leave (cuti bersama).</summary>
public enum HolidayKind
{
    NationalHoliday,
    CollectiveLeave,
}

/// <summary>One closed day from the yearly joint decree (SKB 3 Menteri), kept as data because Islamic dates can shift.</summary>
public sealed record Holiday(DateOnly Date, HolidayKind Kind, string Name);
