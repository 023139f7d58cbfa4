namespace Pst.Core.Kernel;

/// <summary>
/// The office's clock face: Semarang keeps Western Indonesia Time (WIB, UTC+7, no daylight saving), so a moment
/// belongs to the calendar day it has there, whatever the server's time zone.
/// </summary>
public static class OfficeTime
{
    public static readonly TimeSpan Offset = TimeSpan.FromHours(7);

    public static DateOnly DateOf(DateTimeOffset moment) => DateOnly.FromDateTime(moment.ToOffset(Offset).DateTime);

    public static DateTimeOffset Local(DateTimeOffset moment) => moment.ToOffset(Offset);
}
