using Microsoft.EntityFrameworkCore;
using Pst.Core.Documents;
using Pst.Core.Kernel;

namespace Pst.Data.Documents;

internal sealed class EfIssuedDocuments(PstDbContext db, Numbering.Counters counters) : IIssuedDocuments
{
    public async Task<string> NextNumberAsync(string prefix, string series, DateTimeOffset at, CancellationToken cancellationToken = default)
    {
        var year = OfficeTime.DateOf(at).Year;
        return $"{prefix}-{year}-{await counters.NextAsync($"{series}/{year}", cancellationToken):D5}";
    }

    public void Register(IssuedDocument document) =>
        db.IssuedDocuments.Add(new IssuedDocumentRecord
        {
            Number = document.Number,
            Kind = document.Kind.ToString(),
            IssuedAt = document.IssuedAt,
            Amount = document.Amount?.Amount,
            Status = document.Status.ToString(),
            RequestNumber = document.RequestNumber,
        });

    public Task CommitAsync(CancellationToken cancellationToken = default) => db.SaveChangesAsync(cancellationToken);

    public async Task SetStatusAsync(string number, IssuedDocumentStatus status, string? replacedBy = null, CancellationToken cancellationToken = default)
    {
        var record = await db.IssuedDocuments.SingleOrDefaultAsync(d => d.Number == number, cancellationToken)
            ?? throw new InvalidOperationException($"No issued document has the number {number}.");
        record.Status = status.ToString();
        record.ReplacedBy = replacedBy;
    }

    public async Task<IssuedDocument?> FindAsync(string number, CancellationToken cancellationToken = default) =>
        await db.IssuedDocuments.AsNoTracking().SingleOrDefaultAsync(d => d.Number == number, cancellationToken) is { } r
            ? new IssuedDocument(r.Number, Enum.Parse<IssuedDocumentKind>(r.Kind), r.IssuedAt, r.Amount is { } amount ? new Rupiah(amount) : null, Enum.Parse<IssuedDocumentStatus>(r.Status), r.RequestNumber, r.ReplacedBy)
            : null;
}
