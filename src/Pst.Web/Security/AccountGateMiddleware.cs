using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Pst.Core.Security;
using Pst.Web.Accounts;

namespace Pst.Web.Security;

/// <summary>
/// Ends the session of an account deactivated or whose security stamp changed since sign-in, and otherwise
/// holds a signed-in account at one page until it has done what it must: replace a one-time password first,
/// then, when it holds a staff permission, set up two-factor sign-in. Only signing out, the language switch,
/// error pages, health checks and static files stay open meanwhile.
/// </summary>
internal sealed class AccountGateMiddleware(RequestDelegate next)
{
    public const string ChangePasswordPath = "/akun/sandi";
    public const string TwoFactorSetupPath = "/akun/dua-langkah";
    public const string LoginPath = "/akun/masuk";

    private static readonly PathString[] AlwaysOpen = ["/akun/keluar", "/bahasa", "/kesalahan", "/health", "/_content", "/css", "/lib", "/favicon.ico"];

    public async Task InvokeAsync(HttpContext context, CurrentAccount account, PermissionCatalogue catalogue, IOptions<IdentityOptions> identity)
    {
        var path = context.Request.Path;
        if (context.User.Identity?.IsAuthenticated == true && !AlwaysOpen.Any(p => path.StartsWithSegments(p)))
        {
            var user = await account.UserAsync(context.RequestAborted);

            // The session ends at once when the account is gone or deactivated, or its security stamp changed since
            // sign-in (a password reset, a two-factor reset), not at the next periodic cookie check.
            if (user is null || StaffAccounts.IsDeactivated(user)
                || context.User.FindFirst(identity.Value.ClaimsIdentity.SecurityStampClaimType)?.Value != user.SecurityStamp)
            {
                await context.SignOutAsync(IdentityConstants.ApplicationScheme);
                context.Response.Redirect(LoginPath);
                return;
            }

            var mustGo = user switch
            {
                { MustChangePassword: true } => ChangePasswordPath,
                { TwoFactorEnabled: false } when catalogue.AnyStaff(await account.PermissionsAsync(context.RequestAborted)) => TwoFactorSetupPath,
                _ => null,
            };
            if (mustGo is not null && !path.StartsWithSegments(mustGo))
            {
                context.Response.Redirect(mustGo);
                return;
            }
        }

        await next(context);
    }
}
