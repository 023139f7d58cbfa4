using System.Threading.RateLimiting;

namespace Pst.Web.Accounts;

/// <summary>Rate limits on sign-in, registration and password reset, per client address.</summary>
public static class RateLimits
{
    public const string Accounts = "accounts";

    public static IServiceCollection AddPstRateLimits(this IServiceCollection services, IConfiguration configuration)
    {
        var permitPerMinute = configuration.GetValue("RateLimits:AccountPostsPerMinute", 20);
        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.AddPolicy(Accounts, context => HttpMethods.IsPost(context.Request.Method)
                ? RateLimitPartition.GetFixedWindowLimiter(context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                    _ => new FixedWindowRateLimiterOptions { PermitLimit = permitPerMinute, Window = TimeSpan.FromMinutes(1) })
                : RateLimitPartition.GetNoLimiter("get"));
        });
        return services;
    }
}
