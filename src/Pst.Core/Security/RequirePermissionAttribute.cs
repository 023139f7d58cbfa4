using Microsoft.AspNetCore.Authorization;

namespace Pst.Core.Security;

/// <summary>
/// Requires a permission: <c>[RequirePermission(AdminPermissions.ManageUsers)]</c> on a page model of the host or a
/// module. Given several, any one of them opens the page (<c>[RequirePermission(Serve, Read)]</c>: those who serve
/// requests and those who only read them); several attributes must all hold.
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method, AllowMultiple = true)]
public sealed class RequirePermissionAttribute(params string[] permissions)
    : AuthorizeAttribute(Permission.PolicyPrefix + string.Join(Permission.AnyOfSeparator, permissions));
