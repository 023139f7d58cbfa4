using Microsoft.AspNetCore.Identity;
using Pst.Data;
using Pst.Data.Accounts;

namespace Pst.Web.Accounts;

public static class AccountServiceCollectionExtensions
{
    /// <summary>ASP.NET Core Identity on the site's database: confirmed e-mail, lockout, strong passwords.</summary>
    public static IServiceCollection AddPstAccounts(this IServiceCollection services)
    {
        services.AddIdentity<PstUser, PstRole>(o =>
            {
                o.SignIn.RequireConfirmedEmail = true;
                o.User.RequireUniqueEmail = true;
                o.Lockout.MaxFailedAccessAttempts = 5;
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                o.Lockout.AllowedForNewUsers = true;
                o.Password.RequiredLength = PasswordRules.MinimumLength;
                // Length over composition rules (NIST SP 800-63B): a long passphrase is accepted as it is.
                o.Password.RequireNonAlphanumeric = false;
                o.Password.RequireUppercase = false;
                o.Password.RequireLowercase = false;
                o.Password.RequireDigit = false;
            })
            .AddEntityFrameworkStores<PstDbContext>()
            .AddErrorDescriber<LocalizedIdentityErrorDescriber>()
            .AddDefaultTokenProviders();
        services.AddScoped<AccountMail>();
        services.AddScoped<StaffAccounts>();
        services.AddScoped<IVisitorAccounts, VisitorAccounts>();
        services.ConfigureApplicationCookie(o =>
        {
            o.LoginPath = "/akun/masuk";
            o.LogoutPath = "/akun/keluar";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Lax;

            // A signed-in user without the permission gets a real 403, shown by the localised error page.
            o.Events.OnRedirectToAccessDenied = context =>
            {
                context.Response.StatusCode = StatusCodes.Status403Forbidden;
                return Task.CompletedTask;
            };
        });
        return services;
    }
}

public static class PasswordRules
{
    public const int MinimumLength = 10;
}
