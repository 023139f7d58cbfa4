namespace Pst.Data.Calendar;

/// <summary>A closed day as stored (table <c>Core_Holidays</c>); the date is the key.</summary>
public sealed class HolidayRecord
{
    public DateOnly Date { get; set; }

    public string Kind { get; set; } = "";

    public string Name { get; set; } = "";
}
