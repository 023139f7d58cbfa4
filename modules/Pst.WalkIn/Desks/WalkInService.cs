using Pst.Core.Kernel;

namespace Pst.WalkIn.Desks;

/// <summary>
/// A service a visitor queues for (product sales, statistical consultation, library …), with the letter its ticket
/// numbers begin with ("A001"). Defined by the <c>walkIn</c> recipe step; an administrator may rename or close one.
/// </summary>
public sealed class WalkInService
{
    public WalkInService(string code, string prefix, LocalizedName name, int order) =>
        (Code, Prefix, Name, Order) = (code, prefix, name, order);

    private WalkInService()
    {
    }

    public string Code { get; private set; } = "";

    public string Prefix { get; set; } = "";

    /// <summary>The name on the kiosk and the ticket, in the office's words (Indonesian, and English when given).</summary>
    public LocalizedName Name { get; set; } = new("");

    /// <summary>Where it stands on the kiosk.</summary>
    public int Order { get; set; }

    /// <summary>A closed service is not offered on the kiosk; its tickets keep their history.</summary>
    public bool Active { get; set; } = true;

    /// <summary>A ticket prefix is 1 to 3 capital letters (each service has its own).</summary>
    public static bool IsValidPrefix(string? prefix) => prefix is { Length: >= 1 and <= 3 } && prefix.All(char.IsAsciiLetterUpper);
}

/// <summary>A counter (loket) and the services called to it.</summary>
public sealed class Counter
{
    public Counter(string code, LocalizedName name) => (Code, Name) = (code, name);

    private Counter()
    {
    }

    public string Code { get; private set; } = "";

    /// <summary>"Loket 1" ("Counter 1" in English when given), as the display board announces it.</summary>
    public LocalizedName Name { get; set; } = new("");

    /// <summary>The codes of the services this counter calls, separated by commas.</summary>
    public string ServiceCodes { get; set; } = "";

    public IReadOnlyList<string> Services => ServiceCodes.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    public bool Active { get; set; } = true;
}
