namespace Pst.Data.Numbering;

/// <summary>A named counter (table <c>Core_Counters</c>), such as the requests of one year.</summary>
public sealed class CounterRecord
{
    public string Name { get; set; } = "";

    public long Value { get; set; }
}
