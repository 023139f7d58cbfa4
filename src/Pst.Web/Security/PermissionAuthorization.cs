using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Options;
using Pst.Core.Security;

namespace Pst.Web.Security;

public sealed record PermissionRequirement(string Permission) : IAuthorizationRequirement;

/// <summary>Turns a policy name <c>permission:x</c> into a requirement for permission <c>x</c> of a signed-in user.</summary>
internal sealed class PermissionPolicyProvider(IOptions<AuthorizationOptions> options) : DefaultAuthorizationPolicyProvider(options)
{
    public override async Task<AuthorizationPolicy?> GetPolicyAsync(string policyName) =>
        policyName.StartsWith(Permission.PolicyPrefix, StringComparison.Ordinal)
            ? new AuthorizationPolicyBuilder()
                .RequireAuthenticatedUser()
                .AddRequirements(new PermissionRequirement(policyName[Permission.PolicyPrefix.Length..]))
                .Build()
            : await base.GetPolicyAsync(policyName);
}

internal sealed class PermissionHandler(CurrentAccount account) : AuthorizationHandler<PermissionRequirement>
{
    protected override async Task HandleRequirementAsync(AuthorizationHandlerContext context, PermissionRequirement requirement)
    {
        if (await account.HasAsync(requirement.Permission))
        {
            context.Succeed(requirement);
        }
    }
}
