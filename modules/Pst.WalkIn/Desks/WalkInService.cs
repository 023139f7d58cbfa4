namespace Pst.WalkIn.Desks;

/// <summary>
/// A service a visitor queues for (product sales, statistical consultation, library …), with the letter its ticket
/// numbers begin with ("A001"). Defined by the <c>walkIn</c> recipe step; an administrator may rename or close one.
/// </summary>
public sealed class WalkInService(string code, string prefix, string name, int order)
{
    public string Code { get; private set; } = code;

    public string Prefix { get; set; } = prefix;

    /// <summary>The name on the kiosk and the ticket (the office's own wording, in Indonesian).</summary>
    public string Name { get; set; } = name;

    /// <summary>Where it stands on the kiosk.</summary>
    public int Order { get; set; } = order;

    /// <summary>A closed service is not offered on the kiosk; its tickets keep their history.</summary>
    public bool Active { get; set; } = true;

    /// <summary>A ticket prefix is 1 to 3 capital letters (each service has its own).</summary>
    public static bool IsValidPrefix(string? prefix) => prefix is { Length: >= 1 and <= 3 } && prefix.All(char.IsAsciiLetterUpper);
}

/// <summary>A counter (loket) and the services called to it.</summary>
public sealed class Counter(string code, string name)
{
    public string Code { get; private set; } = code;

    /// <summary>"Loket 1", as the display board announces it.</summary>
    public string Name { get; set; } = name;

    /// <summary>The codes of the services this counter calls, separated by commas.</summary>
    public string ServiceCodes { get; set; } = "";

    public IReadOnlyList<string> Services => ServiceCodes.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    public bool Active { get; set; } = true;
}
