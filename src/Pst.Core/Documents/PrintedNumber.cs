namespace Pst.Core.Documents;

/// <summary>
/// A source of numbers the office prints on paper that are no issued document of their own: a queue slip's ticket
/// number, the request number on every document of a request. The verification page asks each source after the
/// register of issued documents, so every number a printed paper carries can be checked.
/// </summary>
public interface IPrintedNumberSource
{
    /// <param name="number">The number as typed, trimmed and in capitals.</param>
    /// <param name="day">The office day printed next to it; a number that restarts each day (a ticket) is looked up on it.</param>
    Task<PrintedNumber?> FindAsync(string number, DateOnly day, CancellationToken cancellationToken = default);
}

/// <summary>
/// What the verification page says of such a number, in the reader's language: what it is, when the office gave it,
/// and facts that confirm the paper without naming who holds it.
/// </summary>
public sealed record PrintedNumber(string Number, string Kind, DateTimeOffset IssuedAt, IReadOnlyList<PrintedFact> Facts);

/// <param name="Link">Where the fact can be checked in turn (another number's verification page); null when nowhere.</param>
public sealed record PrintedFact(string Label, string Value, string? Link = null);

/// <summary>
/// Finds what a number printed on the office's paper stands for: an issued document in the register first, else the
/// first source that knows it (a ticket, a request).
/// </summary>
public sealed class NumberVerification(IIssuedDocuments documents, IEnumerable<IPrintedNumberSource> sources)
{
    /// <returns>The issued document or the printed number; both null when the office gave no such number.</returns>
    public async Task<(IssuedDocument? Document, PrintedNumber? Printed)> FindAsync(string typed, DateOnly day, CancellationToken cancellationToken = default)
    {
        var number = typed.Trim().ToUpperInvariant();
        if (number.Length is 0 or > 60)
        {
            return (null, null);
        }

        if (await documents.FindAsync(number, cancellationToken) is { } document)
        {
            return (document, null);
        }

        foreach (var source in sources)
        {
            if (await source.FindAsync(number, day, cancellationToken) is { } printed)
            {
                return (null, printed);
            }
        }

        return (null, null);
    }
}
