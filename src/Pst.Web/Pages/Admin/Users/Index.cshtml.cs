using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Pst.Core.Kernel;
using Pst.Data;
using Pst.Data.Accounts;
using Pst.Web.Admin;
using Pst.Core.Security;
using Pst.Web.Security;

namespace Pst.Web.Pages.Admin.Users;

/// <summary>Accounts, newest first, searchable by e-mail or name; identity numbers masked.</summary>
[RequirePermission(AdminPermissions.ManageUsers)]
public sealed class IndexModel(PstDbContext db, TimeProvider clock) : PageModel
{
    public const int PageSize = 50;

    public string? Search { get; private set; }

    public int PageNumber { get; private set; }

    public bool HasMore { get; private set; }

    public IReadOnlyList<UserRow> Rows { get; private set; } = [];

    public async Task OnGetAsync(string? q, int page = 1)
    {
        Search = string.IsNullOrWhiteSpace(q) ? null : q.Trim();
        PageNumber = Math.Max(1, page);
        var query = db.Users.AsNoTracking();
        if (Search is not null)
        {
            // Lower-cased on both sides: SQLite and PostgreSQL differ in how LIKE treats case.
            var text = Search.ToLowerInvariant();
            query = query.Where(u => u.Email!.ToLower().Contains(text) || u.FullName.ToLower().Contains(text));
        }

        var users = await query.OrderByDescending(u => u.CreatedAt).ThenBy(u => u.Email)
            .Skip((PageNumber - 1) * PageSize).Take(PageSize + 1)
            .ToListAsync(HttpContext.RequestAborted);
        HasMore = users.Count > PageSize;
        users = users.Take(PageSize).ToList();

        var ids = users.Select(u => u.Id).ToList();
        var roles = await (from userRole in db.UserRoles
                           join role in db.Roles on userRole.RoleId equals role.Id
                           where ids.Contains(userRole.UserId)
                           select new { userRole.UserId, role.Name }).ToListAsync(HttpContext.RequestAborted);
        var now = clock.GetUtcNow();
        Rows = users.Select(u => new UserRow(
            u.Id,
            u.Email!,
            u.FullName,
            u.IdentityDocumentType,
            IdentityNumberMask.Mask(u.IdentityNumber),
            roles.Where(r => r.UserId == u.Id).Select(r => r.Name!).Order(StringComparer.Ordinal).ToList(),
            u.EmailConfirmed,
            u.TwoFactorEnabled,
            u.LockoutEnd > now,
            Pst.Web.Accounts.StaffAccounts.IsDeactivated(u))).ToList();
    }
}

public sealed record UserRow(
    string Id,
    string Email,
    string FullName,
    IdentityDocumentType? DocumentType,
    string MaskedIdentityNumber,
    IReadOnlyList<string> Roles,
    bool EmailConfirmed,
    bool TwoFactor,
    bool LockedOut,
    bool Deactivated);
