using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Options;
using Pst.Core.Security;

namespace Pst.Web.Security;

/// <summary>A signed-in user holding any one of <paramref name="Permissions"/>.</summary>
public sealed record PermissionRequirement(IReadOnlyList<string> Permissions) : IAuthorizationRequirement;

/// <summary>Turns a policy name <c>permission:x</c> (or <c>permission:x|y</c>, any of them) into a requirement of a signed-in user.</summary>
internal sealed class PermissionPolicyProvider(IOptions<AuthorizationOptions> options) : DefaultAuthorizationPolicyProvider(options)
{
    public override async Task<AuthorizationPolicy?> GetPolicyAsync(string policyName) =>
        policyName.StartsWith(Permission.PolicyPrefix, StringComparison.Ordinal)
            ? new AuthorizationPolicyBuilder()
                .RequireAuthenticatedUser()
                .AddRequirements(new PermissionRequirement(policyName[Permission.PolicyPrefix.Length..].Split(Permission.AnyOfSeparator)))
                .Build()
            : await base.GetPolicyAsync(policyName);
}

internal sealed class PermissionHandler(CurrentAccount account) : AuthorizationHandler<PermissionRequirement>
{
    protected override async Task HandleRequirementAsync(AuthorizationHandlerContext context, PermissionRequirement requirement)
    {
        foreach (var permission in requirement.Permissions)
        {
            if (await account.HasAsync(permission))
            {
                context.Succeed(requirement);
                return;
            }
        }
    }
}
