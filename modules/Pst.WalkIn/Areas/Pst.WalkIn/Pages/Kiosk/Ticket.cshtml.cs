using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Pst.Core.Kernel;
using Pst.Data;
using Pst.WalkIn.Desks;
using Pst.WalkIn.Queue;
using QRCoder;

namespace Pst.WalkIn.Areas.Pst.WalkIn.Pages.Kiosk;

/// <summary>
/// A ticket as the visitor sees it on the kiosk and on their phone (through the QR code): number, service, when
/// issued, how many wait before them, and the counter once called; the position refreshes every few seconds.
/// </summary>
[AllowAnonymous]
public sealed class TicketModel(PstDbContext db, QueueDesk desk, global::Pst.Core.Settings.ISiteSettings settings) : PageModel
{
    /// <summary>The visitor has been served: the satisfaction survey of the visit is theirs to answer (its page says when a request is still open).</summary>
    public bool CanAnswerSurvey => Ticket.State == TicketState.Finished;

    public QueueTicket Ticket { get; private set; } = null!;

    public LocalizedName ServiceName { get; private set; } = new("");

    public LocalizedName? CounterName { get; private set; }

    public int PeopleAhead { get; private set; }

    public string QrCodeDataUri { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        var url = $"{Request.Scheme}://{Request.Host}/antrian/tiket/{id}";
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(url, QRCodeGenerator.ECCLevel.M);
        QrCodeDataUri = "data:image/png;base64," + Convert.ToBase64String(new PngByteQRCode(data).GetGraphic(6));
        return Page();
    }

    /// <summary>The ticket as an 80 mm PDF for the kiosk's receipt printer.</summary>
    public async Task<IActionResult> OnGetPdfAsync(Guid id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        var office = await global::Pst.Core.Settings.OfficeSettings.LoadAsync(settings, HttpContext.RequestAborted);
        var pdf = TicketSlip.Compose(Ticket, office.Name, ServiceName.Indonesian, PeopleAhead, $"{Request.Scheme}://{Request.Host}/antrian/tiket/{id}");
        return File(pdf, "application/pdf", $"antrian-{Ticket.Number}.pdf");
    }

    /// <summary>The live part of the page, polled by htmx.</summary>
    public async Task<IActionResult> OnGetStatusAsync(Guid id) =>
        await LoadAsync(id) ? Partial("_TicketStatus", this) : NotFound();

    private async Task<bool> LoadAsync(Guid id)
    {
        if (await db.Set<QueueTicket>().AsNoTracking().SingleOrDefaultAsync(t => t.Id == id, HttpContext.RequestAborted) is not { } ticket)
        {
            return false;
        }

        Ticket = ticket;
        ServiceName = await db.Set<WalkInService>().Where(s => s.Code == ticket.ServiceCode).Select(s => s.Name).SingleAsync(HttpContext.RequestAborted);
        CounterName = ticket.CounterCode is { } code ? await db.Set<Counter>().Where(c => c.Code == code).Select(c => c.Name).SingleOrDefaultAsync(HttpContext.RequestAborted) : null;
        PeopleAhead = await desk.PeopleAheadAsync(ticket, HttpContext.RequestAborted);
        return true;
    }
}
