using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Pst.Data;
using Pst.Data.Accounts;
using Pst.Web.Security;

namespace Pst.Web.Accounts;

/// <summary>An administrator's act on an account, as its history lists it.</summary>
public sealed record AccountEvent(AccountEventKind Kind, string ActorEmail, DateTimeOffset At);

/// <summary>An act on an account that is refused, with the reason (a localisation key).</summary>
public sealed class AccountChangeRefusedException(string messageKey) : Exception(messageKey)
{
    public string MessageKey { get; } = messageKey;
}

/// <summary>
/// What an administrator does to staff accounts: invite one by e-mail with its roles, change its roles, deactivate it
/// (its sign-in and every open session stop at once) and reactivate it, reset its two-factor sign-in, send it a
/// password-reset link, unlock it. Each act is recorded with who did it.
/// </summary>
public sealed class StaffAccounts(UserManager<PstUser> users, PstDbContext db, AccountMail mail, LastRoleManagerGuard guard, TimeProvider clock)
{
    /// <summary>
    /// A deactivated account is locked out until this moment, far beyond any lockout after failed sign-ins (a whole
    /// day, which every database stores exactly).
    /// </summary>
    public static readonly DateTimeOffset DeactivatedUntil = new(9999, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public static bool IsDeactivated(PstUser account) => account.LockoutEnd >= DeactivatedUntil;

    /// <summary>
    /// Creates the account with the roles and no password, and e-mails a link to choose one; at the first sign-in the
    /// account is held until it sets up two-factor sign-in. <paramref name="linkOf"/> makes the link from the account's id and code.
    /// </summary>
    public async Task<PstUser> InviteAsync(PstUser admin, string email, string fullName, IReadOnlyCollection<string> roles, Func<string, string, string> linkOf, CancellationToken cancellationToken = default)
    {
        email = email.Trim();
        if (await users.FindByEmailAsync(email) is not null)
        {
            throw new AccountChangeRefusedException("There is already an account with this e-mail; give it roles on its page.");
        }

        if (roles.Count == 0)
        {
            throw new AccountChangeRefusedException("Choose at least one role.");
        }

        var account = new PstUser { UserName = email, Email = email, FullName = fullName.Trim(), CreatedAt = clock.GetUtcNow(), PreferredLanguage = "id" };
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        Check(await users.CreateAsync(account));
        Check(await users.AddToRolesAsync(account, roles));
        var code = AccountTokens.Encode(await users.GeneratePasswordResetTokenAsync(account));
        mail.EnqueueLink(email, "You are invited to the PST staff area", "Open this link to choose your password; you will then set up two-factor sign-in: {0}", linkOf(account.Id, code));
        Record(admin, account, AccountEventKind.Invited);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return account;
    }

    /// <summary>Stops the account's sign-in and ends its open sessions; refused for one's own account and for the last role manager.</summary>
    public async Task DeactivateAsync(PstUser admin, PstUser account, CancellationToken cancellationToken = default)
    {
        if (admin.Id == account.Id)
        {
            throw new AccountChangeRefusedException("You cannot deactivate your own account.");
        }

        var done = await guard.TryChangeAsync(async () =>
        {
            Check(await users.SetLockoutEnabledAsync(account, true));
            Check(await users.SetLockoutEndDateAsync(account, DeactivatedUntil));
            Check(await users.UpdateSecurityStampAsync(account));
            Record(admin, account, AccountEventKind.Deactivated);
            await db.SaveChangesAsync(cancellationToken);
        }, cancellationToken);
        if (!done)
        {
            throw new AccountChangeRefusedException("At least one account must keep a role that can manage roles.");
        }
    }

    public Task ReactivateAsync(PstUser admin, PstUser account, CancellationToken cancellationToken = default) =>
        EndLockoutAsync(admin, account, AccountEventKind.Reactivated, cancellationToken);

    /// <summary>Ends a lockout after failed sign-ins (a deactivated account is reactivated instead).</summary>
    public Task UnlockAsync(PstUser admin, PstUser account, CancellationToken cancellationToken = default) =>
        EndLockoutAsync(admin, account, AccountEventKind.Unlocked, cancellationToken);

    /// <summary>
    /// Makes the account hold exactly the <paramref name="wanted"/> roles; refused, changing nothing, when no active
    /// account would be left that can manage roles.
    /// </summary>
    public async Task ChangeRolesAsync(PstUser admin, PstUser account, IReadOnlySet<string> wanted, CancellationToken cancellationToken = default)
    {
        var held = (await users.GetRolesAsync(account)).ToHashSet(StringComparer.Ordinal);
        var changed = await guard.TryChangeAsync(async () =>
        {
            Check(await users.RemoveFromRolesAsync(account, held.Except(wanted)));
            Check(await users.AddToRolesAsync(account, wanted.Except(held)));
        }, cancellationToken);
        if (!changed)
        {
            throw new AccountChangeRefusedException("At least one account must keep a role that can manage roles.");
        }

        await RecordAsync(admin, account, AccountEventKind.RolesChanged, cancellationToken);
    }

    private async Task EndLockoutAsync(PstUser admin, PstUser account, AccountEventKind kind, CancellationToken cancellationToken)
    {
        Check(await users.SetLockoutEndDateAsync(account, null));
        Check(await users.ResetAccessFailedCountAsync(account));
        await RecordAsync(admin, account, kind, cancellationToken);
    }

    /// <summary>
    /// Turns two-factor sign-in off and forgets the authenticator and recovery codes (a lost phone); the account's
    /// sessions end, and at the next sign-in it must set up two-factor sign-in again.
    /// </summary>
    public async Task ResetTwoFactorAsync(PstUser admin, PstUser account, CancellationToken cancellationToken = default)
    {
        Check(await users.SetTwoFactorEnabledAsync(account, false));
        Check(await users.ResetAuthenticatorKeyAsync(account));
        Check(await users.RemoveAuthenticationTokenAsync(account, "[AspNetUserStore]", "RecoveryCodes"));
        Check(await users.UpdateSecurityStampAsync(account));
        await RecordAsync(admin, account, AccountEventKind.TwoFactorReset, cancellationToken);
    }

    /// <summary>E-mails the account a link to choose a new password (its open sessions end once it is used).</summary>
    public async Task SendPasswordResetAsync(PstUser admin, PstUser account, Func<string, string, string> linkOf, CancellationToken cancellationToken = default)
    {
        var code = AccountTokens.Encode(await users.GeneratePasswordResetTokenAsync(account));
        mail.EnqueueLink(account.Email!, "Reset your password", "Open this link to choose a new password: {0}", linkOf(account.Id, code));
        await RecordAsync(admin, account, AccountEventKind.PasswordResetSent, cancellationToken);
    }

    /// <summary>What administrators did to the account, newest first.</summary>
    public async Task<IReadOnlyList<AccountEvent>> HistoryAsync(string userId, CancellationToken cancellationToken = default) =>
        (await db.AccountEvents.AsNoTracking().Where(e => e.UserId == userId).ToListAsync(cancellationToken))
            .OrderByDescending(e => e.At).ThenByDescending(e => e.Id)
            .Select(e => new AccountEvent(Enum.Parse<AccountEventKind>(e.Kind), e.ActorEmail, e.At))
            .ToList();

    private async Task RecordAsync(PstUser admin, PstUser account, AccountEventKind kind, CancellationToken cancellationToken)
    {
        Record(admin, account, kind);
        await db.SaveChangesAsync(cancellationToken);
    }

    private void Record(PstUser admin, PstUser account, AccountEventKind kind) =>
        db.AccountEvents.Add(new AccountEventRecord { UserId = account.Id, Kind = kind.ToString(), ActorId = admin.Id, ActorEmail = admin.Email ?? "", At = clock.GetUtcNow() });

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(string.Join(" ", result.Errors.Select(e => e.Description)));
        }
    }
}
