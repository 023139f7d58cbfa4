using Pst.Core.Documents;
using Pst.Core.Files;
using Pst.Core.Kernel;
using Pst.Core.Products;
using Pst.Documents;
using Pst.Ordering.Customers;
using Pst.Ordering.Lifecycle;
using Pst.Ordering.Persistence;
using Pst.Ordering.Pricing;
using Pst.Ordering.Requests;
using Pst.Ordering.Serving;

namespace Pst.Ordering.Offers;

/// <summary>
/// The officer sends the offer (step 7): the invoice, priced under the schedule in force that day and kept on the request,
/// the sample of each line whose product type needs one, and the data-use agreement when a line needs one, are composed, stored, registered for verification and
/// attached to the request, and the customer is asked to check them. Answering a correction request of the name
/// or institution issues corrected documents, which replace the ones before them.
/// </summary>
internal sealed class IssueOffer(
    RequestStore store,
    PriceRequest prices,
    IFileStore files,
    IIssuedDocuments register,
    IssueDocument documents,
    CustomerProfiles profiles,
    ProductLineService lines,
    DescribeLines descriptions,
    TimeProvider clock)
{
    /// <param name="siteAddress">The site's public address (scheme and host), for the verification QR code.</param>
    public async Task IssueAsync(Request request, RequestActor officer, string siteAddress, CancellationToken cancellationToken = default)
    {
        request.Check(RequestTrigger.IssueOffer, officer);
        await using var transaction = await store.BeginAsync(cancellationToken);
        var issued = await IssueDocumentsAsync(request, officer, siteAddress, cancellationToken);
        try
        {
            request.Fire(RequestTrigger.IssueOffer, officer, clock.GetUtcNow());
            await store.SaveAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        catch
        {
            await DeleteAsync(issued);
            throw;
        }
    }

    /// <summary>
    /// The officer answers the customer's correction request. When the name or institution printed on the invoice
    /// was wrong, it is corrected and a new invoice replaces the old one (marked replaced on the verification page).
    /// </summary>
    public async Task AnswerCorrectionAsync(Request request, RequestActor officer, string answer, string? correctedName, string? correctedInstitution, string siteAddress, CancellationToken cancellationToken = default)
    {
        request.Check(RequestTrigger.AnswerOfferCorrection, officer, answer);
        var customer = request.Customer!;
        var reissue = (!string.IsNullOrWhiteSpace(correctedName) && correctedName.Trim() != customer.Name)
            || (correctedInstitution ?? "").Trim() != (customer.Institution ?? "");
        await using var transaction = await store.BeginAsync(cancellationToken);
        IReadOnlyList<IssuedFile> issued = [];
        if (reissue)
        {
            request.CorrectCustomer(officer, string.IsNullOrWhiteSpace(correctedName) ? customer.Name : correctedName, correctedInstitution);
            var previous = new[] { IssuedFileKind.Invoice, IssuedFileKind.Agreement }
                .Select(kind => (Kind: kind, request.Current(kind)?.Number))
                .ToList();
            issued = await IssueDocumentsAsync(request, officer, siteAddress, cancellationToken);
            foreach (var (kind, number) in previous)
            {
                if (number is not null)
                {
                    await register.SetStatusAsync(number, IssuedDocumentStatus.Replaced, request.Current(kind)?.Number, cancellationToken);
                }
            }
        }

        try
        {
            request.Fire(RequestTrigger.AnswerOfferCorrection, officer, clock.GetUtcNow(), answer);
            await store.SaveAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        catch
        {
            await DeleteAsync(issued);
            throw;
        }
    }

    /// <summary>
    /// Each line prepared first (its product measured as it will be delivered, and its sample made), so the invoice
    /// prices what will be delivered; then the invoice, and the data-use agreement when a line needs one, both naming
    /// the customer as the request knows them.
    /// </summary>
    private async Task<IReadOnlyList<IssuedFile>> IssueDocumentsAsync(Request request, RequestActor officer, string siteAddress, CancellationToken cancellationToken)
    {
        var samples = await PrepareLinesAsync(request, cancellationToken);
        try
        {
            var described = await DescribeInIndonesianAsync(request, cancellationToken); // after measuring, so lines name what will be delivered
            List<IssuedFile> issued = [await IssueInvoiceAsync(request, officer, described, siteAddress, cancellationToken)];
            if (request.NeedsAgreement)
            {
                issued.Add(await IssueAgreementAsync(request, described, siteAddress, cancellationToken));
            }

            var now = clock.GetUtcNow();
            issued.AddRange(samples.Stored.Select(s => request.Issue(IssuedFileKind.Sample, null, s.FileId, s.Name, now, s.Line)));
            return issued;
        }
        catch
        {
            await samples.DiscardAsync();
            throw;
        }
    }

    /// <summary>Every line's product type measures what it will deliver (kept on the line) and makes the sample its requirements ask for.</summary>
    private async Task<StoredDelivery> PrepareLinesAsync(Request request, CancellationToken cancellationToken)
    {
        var customer = request.Customer!;
        var target = new StoredDelivery(files);
        try
        {
            foreach (var (line, product) in await prices.ResolveAsync(request, prices.ContextOf(request, customer), cancellationToken))
            {
                target.Line = line.Number;
                var measures = await lines.PrepareOfferAsync(new DeliveryContext(product with { Measures = null }, request.Number!, customer.Name, target), cancellationToken);
                request.MeasureLine(line.Number, measures);
            }
        }
        catch
        {
            await target.DiscardAsync();
            throw;
        }

        return target;
    }

    private async Task<IssuedFile> IssueAgreementAsync(Request request, IReadOnlyList<DescribedLine> data, string siteAddress, CancellationToken cancellationToken)
    {
        var customer = request.Customer!;
        var agreement = await documents.IssueAsync(
            IssuedDocumentKind.DataUseAgreement,
            DocumentNumber.Yearly("SPPD", "agreement"),
            clock.GetUtcNow(),
            siteAddress,
            d => AgreementDocument.Compose(
                new AgreementData(
                    d.Number, d.IssuedAt, request.Number!, customer.Name, customer.Institution, customer.Email, data, d.Letterhead.OfficeName, d.VerificationUrl, d.Signatory,
                    customer.Identity?.ToString(), customer.Domicile == Domicile.Abroad, DocumentLanguage.For(customer.Language, customer.Domicile)),
                d.Letterhead),
            request.Number,
            null,
            cancellationToken: cancellationToken);
        return Attach(request, IssuedFileKind.Agreement, agreement);
    }

    private static IssuedFile Attach(Request request, IssuedFileKind kind, IssuedPdf pdf) =>
        request.Issue(kind, pdf.Number, pdf.FileId, pdf.FileName, pdf.IssuedAt);

    /// <summary>The office's documents are in Indonesian whatever the officer's language.</summary>
    private async Task<IReadOnlyList<DescribedLine>> DescribeInIndonesianAsync(Request request, CancellationToken cancellationToken)
    {
        var culture = System.Globalization.CultureInfo.CurrentUICulture;
        System.Globalization.CultureInfo.CurrentUICulture = DocumentText.Indonesian;
        try
        {
            return await descriptions.ForAsync(request, request.Customer!, cancellationToken);
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentUICulture = culture;
        }
    }

    private async Task DeleteAsync(IEnumerable<IssuedFile> issued)
    {
        foreach (var file in issued)
        {
            await files.DeleteAsync(file.FileId, CancellationToken.None);
        }
    }

    private async Task<IssuedFile> IssueInvoiceAsync(Request request, RequestActor officer, IReadOnlyList<DescribedLine> described, string siteAddress, CancellationToken cancellationToken)
    {
        var customer = request.Customer ?? throw new InvalidOperationException($"Request {request.Id} was submitted without customer details.");
        var quote = await prices.QuoteByTariffAsync(request, customer, cancellationToken);
        if (!quote.Complete)
        {
            throw new TransitionRefusedException("A line of this request has no price, so no invoice can be issued. Set the tariff first.");
        }

        if (quote.Estimate)
        {
            throw new InvalidOperationException($"Request {request.Id}: a line is still priced by estimate after its product was measured.");
        }

        var officerName = (await profiles.FindAsync(officer.UserId, cancellationToken))?.Name ?? "";
        var names = described.ToDictionary(l => l.Number, l => l.Name); // two maps of one request differ by their areas
        var invoice = await documents.IssueAsync(
            IssuedDocumentKind.Invoice,
            DocumentNumber.Yearly("INV", "invoice"),
            clock.GetUtcNow(),
            siteAddress,
            d => InvoiceDocument.Compose(
                new InvoiceData(
                    d.Number,
                    d.IssuedAt,
                    request.Number!,
                    customer.Name,
                    customer.Institution,
                    CustomerTaxNumber.Of(customer),
                    quote.Lines.Select(l => new InvoiceLine(names.GetValueOrDefault(l.Line.Number, l.Line.ItemTitle), l.Quote!)).ToList(),
                    quote.ZeroTariff,
                    d.VerificationUrl,
                    officerName,
                    customer.Identity?.ToString(),
                    DocumentLanguage.For(customer.Language, customer.Domicile)),
                d.Letterhead),
            request.Number,
            quote.Due,
            cancellationToken: cancellationToken);
        foreach (var line in quote.Lines)
        {
            line.Line.RecordInvoiced(line.Quote!);
        }

        return Attach(request, IssuedFileKind.Invoice, invoice);
    }
}
