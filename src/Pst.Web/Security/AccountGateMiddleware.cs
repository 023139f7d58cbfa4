using Pst.Core.Security;

namespace Pst.Web.Security;

/// <summary>
/// Holds a signed-in account at one page until it has done what it must: replace a one-time password first,
/// then, when it holds a staff permission, set up two-factor sign-in. Only signing out, the language switch,
/// error pages, health checks and static files stay open meanwhile.
/// </summary>
internal sealed class AccountGateMiddleware(RequestDelegate next)
{
    public const string ChangePasswordPath = "/akun/sandi";
    public const string TwoFactorSetupPath = "/akun/dua-langkah";

    private static readonly PathString[] AlwaysOpen = ["/akun/keluar", "/bahasa", "/kesalahan", "/health", "/_content", "/css", "/lib", "/favicon.ico"];

    public async Task InvokeAsync(HttpContext context, CurrentAccount account, PermissionCatalogue catalogue)
    {
        var path = context.Request.Path;
        if (context.User.Identity?.IsAuthenticated == true && !AlwaysOpen.Any(p => path.StartsWithSegments(p)))
        {
            var user = await account.UserAsync(context.RequestAborted);
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
