namespace Pst.Ordering.Abstractions;

/// <summary>
/// A kind of file the office gives the customer on a request, listed on the request page. Ordering's own kinds are
/// here; a module that issues a file of its own on a request names its kind (the payments module's billing slip)
/// and labels it through <see cref="IIssuedFileLabels"/>. Stored by its name.
/// </summary>
public readonly record struct IssuedFileKind(string Name)
{
    public static readonly IssuedFileKind Invoice = new(nameof(Invoice));
    public static readonly IssuedFileKind Sample = new(nameof(Sample));
    public static readonly IssuedFileKind Agreement = new(nameof(Agreement));
    public static readonly IssuedFileKind Receipt = new(nameof(Receipt));
    public static readonly IssuedFileKind Product = new(nameof(Product));

    public override string ToString() => Name;
}

/// <summary>A module's names, in the reader's language, for the kinds of file it issues on requests.</summary>
public interface IIssuedFileLabels
{
    /// <summary>The label of a kind this module issues; null for another's.</summary>
    string? LabelOf(IssuedFileKind kind);
}
