using Microsoft.EntityFrameworkCore;
using Pst.Core.Kernel;
using Pst.Data;
using Pst.WalkIn.Queue;

namespace Pst.WalkIn.GuestBook;

/// <summary>Writes and reads the guest book.</summary>
public sealed class GuestBookRegister(PstDbContext db, TimeProvider clock)
{
    /// <summary>Writes a checked entry, linked to a ticket of today when given (one entry per ticket).</summary>
    public async Task<GuestBookEntry> RecordAsync(GuestBookInput input, Guid? ticketId, string? recordedBy, CancellationToken cancellationToken = default)
    {
        if (ticketId is { } id && await db.Set<GuestBookEntry>().AnyAsync(e => e.TicketId == id, cancellationToken))
        {
            throw new WalkInStepRefusedException("This ticket already has its guest-book entry.");
        }

        var entry = new GuestBookEntry
        {
            VisitedAt = clock.GetUtcNow(),
            IdentityDocumentType = input.IdentityDocumentType!.Value,
            IdentityNumber = input.IdentityNumber!.Trim(),
            Name = input.Name!.Trim(),
            Email = string.IsNullOrWhiteSpace(input.Email) ? null : input.Email.Trim(),
            Phone = string.IsNullOrWhiteSpace(input.Phone) ? null : input.Phone.Trim(),
            Institution = string.IsNullOrWhiteSpace(input.Institution) ? null : input.Institution.Trim(),
            Segment = input.Segment!.Value,
            Purpose = input.Purpose!.Trim(),
            TicketId = ticketId,
            RecordedBy = recordedBy,
        };
        db.Add(entry);
        await db.SaveChangesAsync(cancellationToken);
        return entry;
    }

    /// <summary>A returning visitor's last entry, found by e-mail or identity number.</summary>
    public async Task<GuestBookEntry?> FindReturningAsync(string emailOrIdentityNumber, CancellationToken cancellationToken = default)
    {
        var key = emailOrIdentityNumber.Trim();
        return key.Length == 0
            ? null
            : (await db.Set<GuestBookEntry>().AsNoTracking().Where(e => e.Email == key || e.IdentityNumber == key).ToListAsync(cancellationToken))
                .OrderByDescending(e => e.VisitedAt).FirstOrDefault();
    }

    /// <summary>The entries of a day (WIB), newest first.</summary>
    public async Task<IReadOnlyList<GuestBookEntry>> OfDayAsync(DateOnly day, CancellationToken cancellationToken = default)
    {
        var from = new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), OfficeTime.Offset);
        var to = from.AddDays(1);
        return (await db.Set<GuestBookEntry>().AsNoTracking().Where(e => e.VisitedAt >= from && e.VisitedAt < to).ToListAsync(cancellationToken))
            .OrderByDescending(e => e.VisitedAt).ToList();
    }
}
