using System.Security.Cryptography;

namespace Pst.Feedback.Complaints;

/// <summary>Who wrote a message on a complaint, and who may read it.</summary>
public enum ComplaintMessageKind
{
    /// <summary>An officer's answer; the complainant reads it on the status page.</summary>
    Reply,

    /// <summary>Staff only: never shown to the complainant.</summary>
    InternalNote,

    /// <summary>The complainant's own follow-up from the status page.</summary>
    FromComplainant,
}

public sealed record ComplaintMessage(DateTimeOffset At, ComplaintMessageKind Kind, string? AuthorId, string AuthorName, string Text)
{
    public const int TextLength = 4000;
}

/// <summary>Why a step on a complaint was refused: a resource key of the module, with its arguments.</summary>
public sealed class ComplaintRefusedException(string messageKey, params object[] arguments) : Exception(messageKey)
{
    public string MessageKey { get; } = messageKey;

    public IReadOnlyList<object> Arguments { get; } = arguments;
}

/// <summary>
/// A complaint from any channel: its number and secret (the complainant's link to the status page), what it is
/// about, who handles it, the messages (replies the complainant reads, internal notes they never see) and how it
/// ended. The first reply meets the first-response limit; closing meets the tier's limit.
/// </summary>
public sealed class Complaint
{
    private readonly List<ComplaintMessage> _messages = [];

    /// <summary>For the database.</summary>
    private Complaint()
    {
        Number = "";
        Secret = "";
        Description = "";
    }

    public Complaint(Guid id, string number, ComplaintChannel channel, ComplaintCategory category, string description, DateTimeOffset receivedAt)
    {
        Id = id;
        Number = number;
        Secret = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
        Channel = channel;
        Category = category;
        Description = description;
        ReceivedAt = receivedAt;
    }

    public const int DescriptionLength = 4000;

    public Guid Id { get; private set; }

    /// <summary><c>PGD-2026-00042</c>: drawn from the database, without gaps, per year.</summary>
    public string Number { get; private set; }

    /// <summary>The key of the status page's secret link: with it the complainant reads the replies.</summary>
    public string Secret { get; private set; }

    public ComplaintChannel Channel { get; private set; }

    public ComplaintCategory Category { get; private set; }

    public ComplaintTier Tier { get; private set; }

    public ComplaintState State { get; private set; }

    public ComplaintOutcome? Outcome { get; private set; }

    public DateTimeOffset ReceivedAt { get; private set; }

    /// <summary>The officer who recorded a complaint from another channel; null for one made on the site.</summary>
    public string? RecordedBy { get; set; }

    /// <summary>The signed-in customer who made it on the site; null when anonymous or recorded by staff.</summary>
    public string? CustomerId { get; set; }

    /// <summary>The complainant's name, if they gave one.</summary>
    public string? Name { get; set; }

    /// <summary>Where they want the answer (an e-mail address or a phone number), if they gave one.</summary>
    public string? Contact { get; set; }

    /// <summary>The request number or queue ticket it concerns, if any.</summary>
    public string? Concerns { get; set; }

    public string Description { get; private set; }

    public string? AttachmentFileId { get; set; }

    public string? AttachmentName { get; set; }

    public string? AssignedTo { get; private set; }

    public string? AssignedName { get; private set; }

    public DateTimeOffset? FirstRespondedAt { get; private set; }

    public DateTimeOffset? ClosedAt { get; private set; }

    public IReadOnlyList<ComplaintMessage> Messages => _messages;

    /// <summary>What the complainant reads: everything but internal notes.</summary>
    public IEnumerable<ComplaintMessage> PublicMessages => _messages.Where(m => m.Kind != ComplaintMessageKind.InternalNote);

    public bool IsClosed => State == ComplaintState.Closed;

    public void Assign(string officerId, string officerName, DateTimeOffset at)
    {
        RequireOpen();
        AssignedTo = officerId;
        AssignedName = officerName;
        _messages.Add(new ComplaintMessage(at, ComplaintMessageKind.InternalNote, officerId, officerName, $"→ {officerName}"));
    }

    /// <summary>The tier is set when the complaint is looked at: it decides the limit for closing it.</summary>
    public void SetTier(ComplaintTier tier)
    {
        RequireOpen();
        Tier = tier;
    }

    public void SetCategory(ComplaintCategory category)
    {
        RequireOpen();
        Category = category;
    }

    public void Reply(string authorId, string authorName, string text, DateTimeOffset at)
    {
        RequireOpen();
        Add(ComplaintMessageKind.Reply, authorId, authorName, text, at);
        FirstRespondedAt ??= at;
        State = ComplaintState.InProgress;
    }

    public void Note(string authorId, string authorName, string text, DateTimeOffset at)
    {
        RequireOpen();
        Add(ComplaintMessageKind.InternalNote, authorId, authorName, text, at);
    }

    /// <summary>The complainant writes more from the status page (its secret link).</summary>
    public void AddFromComplainant(string text, DateTimeOffset at)
    {
        RequireOpen();
        Add(ComplaintMessageKind.FromComplainant, null, Name ?? "", text, at);
    }

    /// <summary>Closes with the outcome and a last reply the complainant reads (which is also a first response, if none was given).</summary>
    public void Close(ComplaintOutcome outcome, string authorId, string authorName, string text, DateTimeOffset at)
    {
        RequireOpen();
        Add(ComplaintMessageKind.Reply, authorId, authorName, text, at);
        FirstRespondedAt ??= at;
        Outcome = outcome;
        ClosedAt = at;
        State = ComplaintState.Closed;
    }

    private void Add(ComplaintMessageKind kind, string? authorId, string authorName, string text, DateTimeOffset at)
    {
        var trimmed = text.Trim();
        if (trimmed.Length == 0)
        {
            throw new ComplaintRefusedException("Write the message first.");
        }

        if (trimmed.Length > ComplaintMessage.TextLength)
        {
            throw new ComplaintRefusedException("A message is at most {0} characters.", ComplaintMessage.TextLength);
        }

        _messages.Add(new ComplaintMessage(at, kind, authorId, authorName, trimmed));
    }

    private void RequireOpen()
    {
        if (IsClosed)
        {
            throw new ComplaintRefusedException("This complaint is closed.");
        }
    }
}
