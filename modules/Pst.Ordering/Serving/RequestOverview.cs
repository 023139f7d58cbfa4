using Pst.Core.Calendar;
using Pst.Core.Features;
using Pst.Core.Kernel;
using Pst.Ordering.Customers;
using Pst.Ordering.Lifecycle;
using Pst.Ordering.Pricing;
using Pst.Ordering.Requests;

namespace Pst.Ordering.Serving;

/// <summary>Everything a request page shows, the same for the customer and for staff; only the actions differ.</summary>
/// <param name="Customer">As copied at submission, or the profile now while a draft.</param>
/// <param name="ProfileComplete">For a draft: whether the profile lets it be sent.</param>
/// <param name="Actions">The steps the viewer may take now, straight from the lifecycle.</param>
/// <param name="Lines">What each line is (the choices made, what was measured), in the viewer's language.</param>
internal sealed record RequestOverview(
    Request Request,
    CustomerDetails Customer,
    bool ProfileComplete,
    RequestQuote Quote,
    IReadOnlyList<DescribedLine> Lines,
    ClockReading Clock,
    IReadOnlyList<RequestTrigger> Actions,
    IReadOnlyList<RequestLink> Links);

/// <summary>Builds a <see cref="RequestOverview"/>: price, service clock and permitted steps.</summary>
internal sealed class ReadRequest(
    PriceRequest prices,
    DescribeLines lines,
    CustomerProfiles profiles,
    WorkingDayCalendarSource calendars,
    IEnumerable<IRequestLinks> links,
    FeatureManager features,
    TimeProvider clock)
{
    public async Task<RequestOverview> ForAsync(Request request, RequestActor viewer, CancellationToken cancellationToken = default)
    {
        var profile = request.Customer is null ? await profiles.FindAsync(request.CustomerId, cancellationToken) : null;
        var customer = request.Customer ?? profile?.ToDetails() ?? throw new InvalidOperationException($"There is no account {request.CustomerId}.");
        var quote = await prices.QuoteAsync(request, customer, cancellationToken);
        var reading = await ClockOfAsync(request, cancellationToken);
        var enabled = await features.GetEnabledAsync(cancellationToken);
        var shown = links.Where(l => enabled.Contains(l.ModuleId)).SelectMany(l => l.For(RequestSummaries.Of(request, viewer), viewer)).ToList();
        var described = await lines.ForAsync(request, customer, cancellationToken);
        return new RequestOverview(request, customer, profile?.CompleteForRequests ?? true, quote, described, reading, request.PermittedTriggers(viewer), shown);
    }

    /// <summary>The service clock of a request today (WIB).</summary>
    public async Task<ClockReading> ClockOfAsync(Request request, CancellationToken cancellationToken = default) =>
        ServiceClock.Read(request.ClockHistory, await calendars.LoadAsync(cancellationToken), OfficeTime.DateOf(clock.GetUtcNow()));
}
