using Microsoft.AspNetCore.Mvc.RazorPages;
using Pst.Core.Products;
using Pst.Core.Security;
using Pst.Web.Admin;

namespace Pst.Web.Pages.Admin.Tariffs;

/// <summary>The tariff schedules by effective date, with whether their amounts are confirmed and complete.</summary>
[RequirePermission(AdminPermissions.ManageTariffs)]
public sealed class IndexModel(ITariffStore tariffs, TimeProvider clock) : PageModel
{
    public DateOnly Today => Pst.Core.Kernel.OfficeTime.DateOf(clock.GetUtcNow());

    public IReadOnlyList<TariffSchedule> Schedules { get; private set; } = [];

    public async Task OnGetAsync() =>
        Schedules = (await tariffs.LoadAsync(HttpContext.RequestAborted)).Schedules.Reverse().ToList();
}
