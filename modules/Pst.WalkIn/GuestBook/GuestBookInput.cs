using Pst.Core.Kernel;
using Pst.Data.Accounts;

namespace Pst.WalkIn.GuestBook;

/// <summary>The guest-book form, at the front office or on the kiosk.</summary>
public sealed class GuestBookInput
{
    public IdentityDocumentType? IdentityDocumentType { get; set; }

    public string? IdentityNumber { get; set; }

    public string? Name { get; set; }

    public string? Email { get; set; }

    public string? Phone { get; set; }

    public string? Institution { get; set; }

    public CustomerSegment? Segment { get; set; }

    public string? Purpose { get; set; }

    /// <summary>The faults of the form: field name and localisation key.</summary>
    public IReadOnlyList<(string Field, string Message)> Check()
    {
        var errors = new List<(string, string)>();
        void Require(string? value, string field)
        {
            if (string.IsNullOrWhiteSpace(value))
            {
                errors.Add((field, "This field is required."));
            }
        }

        if (IdentityDocumentType is null)
        {
            errors.Add((nameof(IdentityDocumentType), "This field is required."));
        }

        Require(IdentityNumber, nameof(IdentityNumber));
        Require(Name, nameof(Name));
        Require(Purpose, nameof(Purpose));
        if (Segment is null)
        {
            errors.Add((nameof(Segment), "This field is required."));
        }

        if (!string.IsNullOrWhiteSpace(Email) && !System.Net.Mail.MailAddress.TryCreate(Email.Trim(), out _))
        {
            errors.Add((nameof(Email), "Enter a valid e-mail address."));
        }

        if (IdentityNumber is { Length: > 40 } || Name is { Length: > 200 } || Purpose is { Length: > 1000 } || Institution is { Length: > 200 } || Phone is { Length: > 30 })
        {
            errors.Add((string.Empty, "An entry is too long."));
        }

        return errors;
    }

    public static GuestBookInput From(GuestBookEntry entry) => new()
    {
        IdentityDocumentType = entry.IdentityDocumentType,
        IdentityNumber = entry.IdentityNumber,
        Name = entry.Name,
        Email = entry.Email,
        Phone = entry.Phone,
        Institution = entry.Institution,
        Segment = entry.Segment,
    };
}
