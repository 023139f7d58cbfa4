using Microsoft.AspNetCore.Identity;
using Pst.Data;
using Pst.Data.Accounts;
using Pst.Web.Security;

namespace Pst.Web.Accounts;

/// <summary>
/// Finds a walk-in visitor's account by e-mail, filling in only what its profile still lacks (the customer's own
/// entries are never overwritten), or opens a customer account from the guest book and e-mails the link with which
/// the visitor chooses a password. Following that link proves the address, so it also confirms it.
/// </summary>
public sealed class VisitorAccounts(UserManager<PstUser> users, AccountMail mail, PstDbContext db, TimeProvider clock) : IVisitorAccounts
{
    public async Task<string> FindOrOpenAsync(Visitor visitor, string siteAddress, CancellationToken cancellationToken = default)
    {
        if (await users.FindByEmailAsync(visitor.Email) is { } existing)
        {
            existing.Segment ??= visitor.Segment;
            existing.Institution ??= visitor.Institution;
            existing.Npwp ??= visitor.Npwp;
            existing.Domicile ??= Core.Kernel.Domicile.Indonesia;
            existing.PhoneNumber ??= visitor.Phone;
            existing.IdentityDocumentType ??= visitor.IdentityDocumentType;
            existing.IdentityNumber ??= visitor.IdentityNumber;
            if (string.IsNullOrWhiteSpace(existing.FullName))
            {
                existing.FullName = visitor.Name;
            }

            Require(await users.UpdateAsync(existing));
            return existing.Id;
        }

        var user = new PstUser
        {
            UserName = visitor.Email,
            Email = visitor.Email,
            FullName = visitor.Name,
            IdentityDocumentType = visitor.IdentityDocumentType,
            IdentityNumber = visitor.IdentityNumber,
            Segment = visitor.Segment,
            Institution = visitor.Institution,
            Npwp = visitor.Npwp,
            PhoneNumber = visitor.Phone,
            // The visitor is at the office in person; an address abroad is the online channel's concern.
            Domicile = Core.Kernel.Domicile.Indonesia,
            PreferredLanguage = "id",
            CreatedAt = clock.GetUtcNow(),
        };
        Require(await users.CreateAsync(user));
        Require(await users.AddToRoleAsync(user, SystemRoles.Customer));
        var code = AccountTokens.Encode(await users.GeneratePasswordResetTokenAsync(user));
        mail.EnqueueLink(
            user.Email,
            "Your account at the PST office",
            "Your request at the PST office is in an account made for you. To follow it online, choose a password: {0}",
            $"{siteAddress}/akun/atur-ulang-sandi?userId={Uri.EscapeDataString(user.Id)}&code={code}");
        await db.SaveChangesAsync(cancellationToken);
        return user.Id;
    }

    private static void Require(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException("The visitor's account could not be saved: " + string.Join(" ", result.Errors.Select(e => e.Code)));
        }
    }
}
