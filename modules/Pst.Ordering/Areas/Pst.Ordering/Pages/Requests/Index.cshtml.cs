using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Pst.Core.Security;
using Pst.Data;
using Pst.Ordering.Lifecycle;
using Pst.Ordering.Requests;
using Pst.Ordering.Serving;

namespace Pst.Ordering.Areas.Pst.Ordering.Pages.Requests;

/// <summary>The customer's requests, newest first, with where each stands.</summary>
[RequirePermission(OrderingPermissions.Place)]
[global::Pst.Core.Modules.ReadableWhileOff]
internal sealed class IndexModel(PstDbContext db) : PageModel
{
    public IReadOnlyList<Request> Requests { get; private set; } = [];

    public async Task OnGetAsync()
    {
        var customerId = CurrentActor.UserId(User)!;
        Requests = await db.Set<Request>().AsNoTracking()
            .Where(r => r.CustomerId == customerId && (r.Number != null || r.State != RequestState.Cancelled))
            .OrderByDescending(r => r.CreatedAt)
            .ToListAsync(HttpContext.RequestAborted);
    }
}
