namespace Pst.Feedback.Complaints;

/// <summary>
/// Where a complaint came in: this site, or one of the channels the service standard lists, where staff record it
/// (Penanganan Pengaduan: the suggestion box at the PST unit, the complaint website, e-mail, WhatsApp, social media
/// and SP4N-LAPOR!).
/// </summary>
public enum ComplaintChannel
{
    Website,
    SuggestionBox,
    Email,
    WhatsApp,
    SocialMedia,
    Lapor,
}

/// <summary>What a complaint is about, for the supervisor's counts.</summary>
public enum ComplaintCategory
{
    Procedure,
    CompletionTime,
    TariffOrPayment,
    ProductOrData,
    OfficerConduct,
    FacilitiesOrWebsite,
    Information,
    Other,
}

/// <summary>
/// The tier that sets a complaint's time limit (SP4N-LAPOR! norms, DOMAIN.md section 5.2): a request for
/// information or a simple complaint, one that needs no field check, one that needs a field check. Every complaint
/// also has the first-response limit.
/// </summary>
public enum ComplaintTier
{
    Simple,
    NoFieldCheck,
    FieldCheck,
}

public enum ComplaintState
{
    /// <summary>Received; nobody has answered the complainant yet.</summary>
    Received,

    /// <summary>The complainant has had a first answer; the complaint is being handled.</summary>
    InProgress,

    Closed,
}

/// <summary>How a closed complaint ended.</summary>
public enum ComplaintOutcome
{
    /// <summary>The complaint was right and what it was about has been put right.</summary>
    Resolved,

    /// <summary>The information asked for was given.</summary>
    Answered,

    /// <summary>Looked into: the service was as the standard has it.</summary>
    NotSubstantiated,

    /// <summary>Not for this office: the complainant was told where to go.</summary>
    Referred,

    Withdrawn,
}
