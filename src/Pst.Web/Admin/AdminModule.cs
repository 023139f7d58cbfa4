using Pst.Core.Modules;
using Pst.Core.Navigation;
using Pst.Core.Security;
using Pst.Web.Admin;
using Pst.Web.Localization;

[assembly: PstModule(typeof(AdminModule))]

namespace Pst.Web.Admin;

/// <summary>The staff area of the host itself: users, roles, modules, tariffs and the e-mail templates. Part of the core; it cannot be disabled.</summary>
public sealed class AdminModule : IModule
{
    public const string Id = "Pst.Admin";

    public ModuleManifest Manifest { get; } = new(
        Id,
        "Administration",
        "Core",
        "Users, roles and permissions, and the modules of the site.",
        isCore: true);

    public IEnumerable<Permission> Permissions => AdminPermissions.All;

    public IEnumerable<NavigationItem> Navigation =>
    [
        new(NavigationArea.Public, "Home", "/", Order: 0),
        new(NavigationArea.Public, "Staff area", "/admin", Order: 1000, Permission: AdminPermissions.AccessStaffArea),
        new(NavigationArea.Admin, "Dashboard", "/admin", Order: 0, Permission: AdminPermissions.AccessStaffArea),
        new(NavigationArea.Admin, "Users", "/admin/pengguna", Order: 900, Permission: AdminPermissions.ManageUsers),
        new(NavigationArea.Admin, "Roles", "/admin/peran", Order: 910, Permission: AdminPermissions.ManageRoles),
        new(NavigationArea.Admin, "Modules", "/admin/modul", Order: 920, Permission: AdminPermissions.ManageModules),
        new(NavigationArea.Admin, "Tariffs", "/admin/tarif", Order: 930, Permission: AdminPermissions.ManageTariffs),
        new(NavigationArea.Admin, "E-mail templates", "/admin/notifikasi", Order: 130, Permission: AdminPermissions.ManageNotifications),
    ];

    public Type TextResource => typeof(SharedResource);
}

/// <summary>The permissions the staff area checks. Each is a staff permission: holding one demands two-factor sign-in.</summary>
public static class AdminPermissions
{
    public const string AccessStaffArea = "admin.access";
    public const string ManageUsers = "users.manage";
    public const string ManageRoles = "roles.manage";
    public const string ManageModules = "modules.manage";
    public const string ManageTariffs = "tariffs.manage";
    public const string ManageNotifications = "notifications.manage";

    public static IReadOnlyList<Permission> All { get; } =
    [
        new(AccessStaffArea, "Open the staff area", IsStaff: true),
        new(ManageUsers, "Manage user accounts and the roles they hold", IsStaff: true),
        new(ManageRoles, "Change the permissions of each role", IsStaff: true),
        new(ManageModules, "Enable and disable modules", IsStaff: true),
        new(ManageTariffs, "Fill in and confirm the amounts of tariff schedules", IsStaff: true),
        new(ManageNotifications, "Edit the templates of the e-mails the site sends", IsStaff: true),
    ];
}
