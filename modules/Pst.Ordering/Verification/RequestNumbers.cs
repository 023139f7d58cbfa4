using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Pst.Core.Documents;
using Pst.Core.Kernel;
using Pst.Data;
using Pst.Ordering.Requests;

namespace Pst.Ordering.Verification;

/// <summary>
/// A request number ("PST-2026-00042", printed on every document of a request) on the verification page: when and
/// how the request was made and the numbered documents the office issued on it, each checkable in turn; never who
/// made it nor what was bought.
/// </summary>
internal sealed class RequestNumbers(PstDbContext db, IStringLocalizer<OrderingModule> text, Serving.IssuedFileNames names) : IPrintedNumberSource
{
    public async Task<PrintedNumber?> FindAsync(string number, DateOnly day, CancellationToken cancellationToken = default)
    {
        if (!number.StartsWith("PST-", StringComparison.Ordinal)
            || await db.Set<Request>().AsNoTracking().SingleOrDefaultAsync(r => r.Number == number, cancellationToken) is not { } request)
        {
            return null;
        }

        var submitted = request.Timeline.FirstOrDefault(t => t.Trigger == RequestTrigger.Submit)?.At ?? request.CreatedAt;
        return new PrintedNumber(
            number,
            text["Request"],
            submitted,
            [
                new PrintedFact(text["Channel"], request.Channel == SalesChannel.Online ? text["Online"] : text["Walk-in visit"]),
                .. request.IssuedFiles
                    .Where(f => f is { Number: not null, Replaced: false })
                    .Select(f => new PrintedFact(names.Of(f.Kind), f.Number!, "/verifikasi/" + Uri.EscapeDataString(f.Number!))),
            ]);
    }
}
