using Microsoft.EntityFrameworkCore;
using Pst.Core.Calendar;
using Pst.Core.Files;
using Pst.Core.Kernel;
using Pst.Core.Settings;
using Pst.Data;
using Pst.Data.Numbering;

namespace Pst.Feedback.Complaints;

/// <summary>What a complainant or an officer writes when a complaint is made.</summary>
public sealed record ComplaintForm(ComplaintChannel Channel, ComplaintCategory Category, string? Description, string? Name, string? Contact, string? Concerns);

/// <summary>A file sent with a complaint, as the form gave it.</summary>
public sealed record ComplaintAttachment(Stream Content, long Length, string FileName);

/// <summary>
/// Complaints taken and handled: made on the site (signed in or anonymous, with an optional file checked by its
/// content) or recorded by staff from another channel; numbered from the database; the handlers mailed; each step
/// saved whole or not at all (a refused file leaves no complaint, a failed save leaves no file and no mail).
/// </summary>
public sealed class ComplaintDesk(PstDbContext db, Counters counters, CheckedUpload uploads, ComplaintHandlersNotice notice, ISiteSettings settings, WorkingDayCalendarSource calendars, TimeProvider clock)
{
    public async Task<Complaint> FileAsync(ComplaintForm form, string? customerId, string? recordedBy, ComplaintAttachment? attachment, CancellationToken cancellationToken = default)
    {
        var description = form.Description?.Trim() ?? "";
        if (description.Length == 0)
        {
            throw new ComplaintRefusedException("Describe what happened.");
        }

        if (description.Length > Complaint.DescriptionLength)
        {
            throw new ComplaintRefusedException("The description is at most {0} characters.", Complaint.DescriptionLength);
        }

        if (recordedBy is null && form.Channel != ComplaintChannel.Website)
        {
            throw new ComplaintRefusedException("Only staff record complaints from other channels.");
        }

        StoredFile? stored = null;
        if (attachment is { Length: > 0 })
        {
            var (file, refusal) = await uploads.StoreAsync(attachment.Content, attachment.Length, cancellationToken);
            stored = file ?? throw new ComplaintRefusedException(refusal!.MessageKey, [.. refusal.Arguments]);
        }

        try
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var now = clock.GetUtcNow();
            var year = OfficeTime.DateOf(now).Year;
            var number = $"PGD-{year}-{await counters.NextAsync($"complaint/{year}", cancellationToken):D5}";
            var complaint = new Complaint(Guid.NewGuid(), number, form.Channel, form.Category, description, now)
            {
                CustomerId = customerId,
                RecordedBy = recordedBy,
                Name = Clean(form.Name, 200),
                Contact = Clean(form.Contact, 200),
                Concerns = Clean(form.Concerns, 40),
                AttachmentFileId = stored?.Id,
                AttachmentName = stored is null ? null : Clean(Path.GetFileName(attachment!.FileName), 200),
            };
            db.Add(complaint);
            await notice.QueueAsync(complaint, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return complaint;
        }
        catch
        {
            if (stored is not null)
            {
                await uploads.DiscardAsync(stored);
            }

            db.ChangeTracker.Clear();
            throw;
        }
    }

    /// <summary>A complaint by its number and secret, as the complainant's link opens it; null for a wrong pair.</summary>
    public async Task<Complaint?> FindBySecretAsync(string number, string? secret, CancellationToken cancellationToken = default) =>
        secret is { Length: 32 } && await FindByNumberAsync(number, cancellationToken) is { } complaint
            && System.Security.Cryptography.CryptographicOperations.FixedTimeEquals(System.Text.Encoding.ASCII.GetBytes(complaint.Secret), System.Text.Encoding.ASCII.GetBytes(secret))
            ? complaint
            : null;

    public Task<Complaint?> FindByNumberAsync(string number, CancellationToken cancellationToken = default) =>
        db.Set<Complaint>().SingleOrDefaultAsync(c => c.Number == number.Trim().ToUpperInvariant(), cancellationToken);

    public Task<Complaint?> FindAsync(Guid id, CancellationToken cancellationToken = default) =>
        db.Set<Complaint>().SingleOrDefaultAsync(c => c.Id == id, cancellationToken);

    /// <summary>Applies a step to a complaint and saves it; a refused step saves nothing.</summary>
    public async Task ChangeAsync(Complaint complaint, Action<Complaint, DateTimeOffset> step, CancellationToken cancellationToken = default)
    {
        try
        {
            step(complaint, clock.GetUtcNow());
            await db.SaveChangesAsync(cancellationToken);
        }
        catch
        {
            db.ChangeTracker.Clear();
            throw;
        }
    }

    /// <summary>The limits of a complaint under the settings and calendar in force.</summary>
    public async Task<ComplaintDeadlines> DeadlinesAsync(Complaint complaint, CancellationToken cancellationToken = default) =>
        ComplaintTimeLimits.For(OfficeTime.DateOf(complaint.ReceivedAt), complaint.Tier, await ComplaintSettings.LoadAsync(settings, cancellationToken), await calendars.LoadAsync(cancellationToken));

    private static string? Clean(string? value, int length) =>
        value?.Trim() is { Length: > 0 } trimmed ? trimmed[..Math.Min(trimmed.Length, length)] : null;
}
