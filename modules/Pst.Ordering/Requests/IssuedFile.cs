namespace Pst.Ordering.Requests;

/// <summary>
/// A file the office issued on the request (invoice, sample, agreement, billing slip, receipt, product file).
/// A corrected invoice, sample or agreement replaces the one before it, which stays listed as replaced.
/// </summary>
internal sealed class IssuedFile
{
    /// <summary>For the database.</summary>
    private IssuedFile()
    {
        FileId = "";
        FileName = "";
    }

    internal IssuedFile(IssuedFileKind kind, string? number, string fileId, string fileName, DateTimeOffset issuedAt, int? lineNumber, DateTimeOffset? availableUntil)
    {
        AvailableUntil = availableUntil;
        Kind = kind;
        Number = number;
        FileId = fileId;
        FileName = fileName;
        IssuedAt = issuedAt;
        LineNumber = lineNumber;
    }

    public IssuedFileKind Kind { get; private set; }

    /// <summary>The document's number in the register of issued documents, when it has one.</summary>
    public string? Number { get; private set; }

    public string FileId { get; private set; }

    /// <summary>The name the download carries.</summary>
    public string FileName { get; private set; }

    public DateTimeOffset IssuedAt { get; private set; }

    /// <summary>The request line a product file belongs to.</summary>
    public int? LineNumber { get; private set; }

    public bool Replaced { get; internal set; }

    /// <summary>Until when the customer may download it (product files: the download window after delivery).</summary>
    public DateTimeOffset? AvailableUntil { get; internal set; }

    /// <summary>How many times the customer downloaded it.</summary>
    public int DownloadCount { get; internal set; }

    public bool AvailableAt(DateTimeOffset now) => AvailableUntil is not { } until || now < until;
}
