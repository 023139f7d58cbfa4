namespace Pst.Ordering.Requests;

/// <summary>A request as the contract shows it to other modules (<see cref="RequestSummary"/>).</summary>
internal static class RequestSummaries
{
    public static RequestSummary Of(Request request, RequestActor? viewer) => new(
        request.Id,
        request.Number,
        request.CustomerId,
        request.Channel,
        request.State,
        request.Customer is { } customer ? new RequestCustomer(customer.Name, customer.Institution, customer.Domicile, customer.Language) : null,
        request.Lines.Select(l => new RequestLineSummary(
            l.Number,
            l.ProductTypeId,
            l.ItemTitle,
            l.Invoiced?.Summaries() ?? [])).ToList(),
        request.AmountDue,
        request.NothingToPay,
        request.NeedsAgreement,
        request.Timeline.Select(t => new RequestStep(t.Trigger, t.To, t.At)).ToList(),
        request.IssuedFiles.Where(f => !f.Replaced).Select(f => new IssuedFileSummary(f.Kind, f.Number, f.FileId, f.FileName)).ToList(),
        viewer is null ? [] : request.PermittedTriggers(viewer));
}
