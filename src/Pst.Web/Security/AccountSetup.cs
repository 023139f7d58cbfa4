using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Pst.Core.Security;
using Pst.Data;
using Pst.Data.Accounts;

namespace Pst.Web.Security;

/// <summary>Where the one-time password of the first administrator is printed (the console; a test reads its own).</summary>
public sealed class SetupConsole(TextWriter writer)
{
    public TextWriter Writer { get; } = writer;
}

/// <summary>
/// First start: makes sure the roles the site assigns by itself exist, and on a database with no account creates
/// the administrator, from <c>Setup:Administrator</c> (e-mail and password) or with a random one-time password
/// printed once and replaced at first sign-in. Never a fixed default password.
/// </summary>
public sealed class AccountSetup(
    PstDbContext db,
    UserManager<PstUser> users,
    IRolePermissionStore roles,
    PermissionCatalogue catalogue,
    IConfiguration configuration,
    SetupConsole console,
    TimeProvider clock)
{
    public const string DefaultEmail = "admin@pst.localhost";

    public async Task EnsureAsync(CancellationToken cancellationToken = default)
    {
        // A recipe may have defined these roles; only a missing one is created (customers with nothing, administrators with everything).
        var existing = (await roles.ListAsync(cancellationToken)).Select(r => r.Role).ToHashSet(StringComparer.OrdinalIgnoreCase);
        if (!existing.Contains(SystemRoles.Customer))
        {
            await roles.SetAsync(SystemRoles.Customer, [], cancellationToken);
        }

        if (!existing.Contains(SystemRoles.Administrator))
        {
            await roles.SetAsync(SystemRoles.Administrator, catalogue.All.Select(p => p.Permission.Name).ToList(), cancellationToken);
        }

        if (!await db.Users.AnyAsync(cancellationToken))
        {
            await CreateFirstAdministratorAsync();
        }
    }

    private async Task CreateFirstAdministratorAsync()
    {

        var section = configuration.GetSection("Setup:Administrator");
        var email = section["Email"] is { Length: > 0 } configured ? configured : DefaultEmail;
        var password = section["Password"];
        var oneTime = string.IsNullOrEmpty(password);
        password = oneTime ? NewOneTimePassword() : password!;

        var admin = new PstUser
        {
            UserName = email,
            Email = email,
            EmailConfirmed = true,
            FullName = section["FullName"] is { Length: > 0 } name ? name : "Administrator",
            MustChangePassword = oneTime,
            CreatedAt = clock.GetUtcNow(),
        };
        Check(await users.CreateAsync(admin, password));
        Check(await users.AddToRoleAsync(admin, SystemRoles.Administrator));

        await console.Writer.WriteLineAsync(oneTime
            ? $"First administrator created: {email} with the one-time password {password} (it must be changed at first sign-in, and is not shown again)."
            : $"First administrator created: {email} with the password from configuration.");
    }

    /// <summary>20 characters from an alphabet without look-alikes, from the system's cryptographic generator.</summary>
    private static string NewOneTimePassword() =>
        RandomNumberGenerator.GetString("abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789", 20);

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException("The first administrator could not be created: " + string.Join(" ", result.Errors.Select(e => e.Description)));
        }
    }
}
