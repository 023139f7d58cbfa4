namespace Pst.Ordering.Requests;

/// <summary>Where a required document stands.</summary>
internal enum DocumentStatus
{
    Missing,
    Uploaded,
    Accepted,
    Rejected,
}

/// <summary>A document the request requires (identity, NPWP, request letter, data-use abstract, signed agreement …) and its check.</summary>
internal sealed class RequestDocument
{
    internal RequestDocument(string code) => Code = code;

    /// <summary>The document's code from the product contract (<c>Pst.Core.Products.DocumentCodes</c>).</summary>
    public string Code { get; }

    public DocumentStatus Status { get; internal set; }

    /// <summary>The stored file of the latest upload.</summary>
    public string? FileId { get; internal set; }

    /// <summary>The answers of a document written on its online form (the data-use abstract) as JSON; null for an uploaded file.</summary>
    public string? ContentJson { get; internal set; }

    /// <summary>Shown to the officer at the walk-in desk and not kept: handed in without a file.</summary>
    public bool ShownAtDesk => Status is DocumentStatus.Uploaded or DocumentStatus.Accepted && FileId is null;

    /// <summary>Why the officer rejected it, shown to the customer.</summary>
    public string? RejectionReason { get; internal set; }
}
