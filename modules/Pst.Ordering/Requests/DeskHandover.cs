namespace Pst.Ordering.Requests;

/// <summary>How the officer hands a product over at the walk-in desk (step 17 of the walk-in procedure).</summary>
internal enum DeskHandover
{
    /// <summary>Copied onto the visitor's own media (a flash disk, for instance).</summary>
    VisitorMedia,

    /// <summary>Printed and handed over on paper.</summary>
    Printed,

    /// <summary>Sent to the visitor's e-mail address as a download link.</summary>
    EmailLink,
}
