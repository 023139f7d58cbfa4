namespace Pst.Core.Kernel;

/// <summary>
/// Picks the text key for a count: English says "1 working day" but "2 working days"; Indonesian has one form, so
/// both keys translate alike ("1 hari kerja", "2 hari kerja").
/// </summary>
public static class Plural
{
    public static string Key(long count, string one, string other) => count is 1 or -1 ? one : other;
}
