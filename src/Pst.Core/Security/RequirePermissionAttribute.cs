using Microsoft.AspNetCore.Authorization;

namespace Pst.Core.Security;

/// <summary>Requires a permission: <c>[RequirePermission(AdminPermissions.ManageUsers)]</c> on a page model of the host or a module.</summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method, AllowMultiple = true)]
public sealed class RequirePermissionAttribute(string permission) : AuthorizeAttribute(Permission.PolicyPrefix + permission);
