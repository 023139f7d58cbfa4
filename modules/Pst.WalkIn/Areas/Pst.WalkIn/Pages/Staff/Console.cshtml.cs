using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Pst.Core.Security;
using Pst.Data;
using Pst.Ordering.Abstractions;
using Pst.WalkIn.Desks;
using Pst.WalkIn.Queue;

namespace Pst.WalkIn.Areas.Pst.WalkIn.Pages.Staff;

/// <summary>
/// A counter's console: who waits for its services, the ticket it is serving, and the steps: call the next (of one
/// service or any), recall, start, finish, no-show, transfer to another service or counter.
/// </summary>
[RequirePermission(WalkInPermissions.CallTickets)]
public sealed class ConsoleModel(PstDbContext db, QueueDesk desk, IPermissionChecker permissions, IStringLocalizer<WalkInModule> text) : PageModel
{
    /// <summary>The signed-in person may make requests at the desk (an officer); the front office only calls and writes the guest book.</summary>
    public bool ServesRequests { get; private set; }

    [BindProperty(SupportsGet = true)]
    public string? Loket { get; set; }

    public IReadOnlyList<Counter> Counters { get; private set; } = [];

    public IReadOnlyList<WalkInService> Services { get; private set; } = [];

    public Counter? Current { get; private set; }

    public IReadOnlyList<QueueTicket> Today { get; private set; } = [];

    /// <summary>The ticket this counter called or is serving.</summary>
    public QueueTicket? Active => Today.FirstOrDefault(t => t.CounterCode == Current?.Code && t.State is TicketState.Called or TicketState.Serving);

    public int WaitingFor(string serviceCode) => Today.Count(t => t.ServiceCode == serviceCode && t.TargetCounterCode is null && t.State == TicketState.Waiting);

    /// <summary>Visitors another counter sent to this one.</summary>
    public int TransferredHere => Today.Count(t => t.TargetCounterCode == Current?.Code && t.State == TicketState.Waiting);

    public async Task OnGetAsync() => await LoadAsync();

    public Task<IActionResult> OnPostCallAsync(string? service) =>
        ChangeAsync(async counter =>
        {
            if (await desk.CallNextAsync(counter, string.IsNullOrEmpty(service) ? null : service, HttpContext.RequestAborted) is null)
            {
                throw new WalkInStepRefusedException("Nobody is waiting.");
            }
        });

    public Task<IActionResult> OnPostRecallAsync(Guid ticket) => ChangeAsync(c => desk.RecallAsync(ticket, c, HttpContext.RequestAborted));

    public Task<IActionResult> OnPostStartAsync(Guid ticket) => ChangeAsync(c => desk.ActAsync(ticket, c, (t, at) => t.Start(at), HttpContext.RequestAborted));

    public Task<IActionResult> OnPostFinishAsync(Guid ticket) => ChangeAsync(c => desk.ActAsync(ticket, c, (t, at) => t.Finish(at), HttpContext.RequestAborted));

    public Task<IActionResult> OnPostNoShowAsync(Guid ticket) => ChangeAsync(c => desk.ActAsync(ticket, c, (t, at) => t.MarkNoShow(at), HttpContext.RequestAborted));

    /// <param name="to"><c>service:{code}</c> or <c>counter:{code}</c>.</param>
    public Task<IActionResult> OnPostTransferAsync(Guid ticket, string? to) =>
        ChangeAsync(async c =>
        {
            var (kind, code) = to?.Split(':', 2) is [var k, var v] ? (k, v) : ("", "");
            if (kind == "service" && await db.Set<WalkInService>().AnyAsync(s => s.Code == code && s.Active, HttpContext.RequestAborted))
            {
                await desk.ActAsync(ticket, c, (t, _) => t.Transfer(code), HttpContext.RequestAborted);
            }
            else if (kind == "counter" && await db.Set<Counter>().AnyAsync(x => x.Code == code && x.Active, HttpContext.RequestAborted))
            {
                await desk.ActAsync(ticket, c, (t, _) => t.TransferToCounter(code), HttpContext.RequestAborted);
            }
            else
            {
                throw new WalkInStepRefusedException("There is no such service or counter.");
            }
        });

    private async Task<IActionResult> ChangeAsync(Func<string, Task> step)
    {
        await LoadAsync();
        if (Current is null)
        {
            return NotFound();
        }

        try
        {
            await step(Current.Code);
        }
        catch (WalkInStepRefusedException refused)
        {
            ModelState.AddModelError(string.Empty, text[refused.MessageKey, [.. refused.Arguments.Select(a => a is TicketState s ? text["TicketState." + s].Value : a)]]);
            await LoadAsync();
            return Page();
        }

        return Redirect($"/admin/antrian?loket={Uri.EscapeDataString(Current.Code)}");
    }

    private async Task LoadAsync()
    {
        ServesRequests = await permissions.HasAsync(OrderingPermissions.Serve, HttpContext.RequestAborted);
        Counters = await db.Set<Counter>().AsNoTracking().Where(c => c.Active).OrderBy(c => c.Name.Indonesian).ToListAsync(HttpContext.RequestAborted);
        Current = Counters.FirstOrDefault(c => c.Code == Loket) ?? (Loket is null ? Counters.FirstOrDefault() : null);
        Services = await db.Set<WalkInService>().AsNoTracking().Where(s => s.Active).OrderBy(s => s.Order).ToListAsync(HttpContext.RequestAborted);
        Today = await desk.TodayAsync(HttpContext.RequestAborted);
    }
}
