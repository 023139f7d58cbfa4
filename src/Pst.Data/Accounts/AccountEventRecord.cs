namespace Pst.Data.Accounts;

/// <summary>
/// Something an administrator did to an account (invited it, deactivated or reactivated it, reset its two-factor
/// sign-in, sent it a password-reset link), with who did it and when: an account's history on its page.
/// </summary>
public sealed class AccountEventRecord
{
    public long Id { get; set; }

    /// <summary>The account acted on.</summary>
    public string UserId { get; set; } = "";

    /// <summary>An <see cref="AccountEventKind"/> name.</summary>
    public string Kind { get; set; } = "";

    /// <summary>The administrator who acted.</summary>
    public string ActorId { get; set; } = "";

    /// <summary>The administrator's e-mail at the time, so the history stays readable if that account goes.</summary>
    public string ActorEmail { get; set; } = "";

    public DateTimeOffset At { get; set; }
}

public enum AccountEventKind
{
    Invited,
    Deactivated,
    Reactivated,
    TwoFactorReset,
    PasswordResetSent,
    Unlocked,
    RolesChanged,
}
