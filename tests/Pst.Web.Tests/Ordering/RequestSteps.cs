using System.Net;
using System.Text.RegularExpressions;
using Pst.Web.Tests.Infrastructure;
using UglyToad.PdfPig;

namespace Pst.Web.Tests.Ordering;

/// <summary>The steps the request journeys repeat: add to a request, post and expect the redirect, read pages and PDFs.</summary>
internal static partial class RequestSteps
{
    public const string Item = "/katalog/jateng-dalam-angka-2026";
    public static readonly byte[] Pdf = "%PDF-1.4\n% NPWP PT Data Sejahtera\n%%EOF\n"u8.ToArray();
    public static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 0x49, 0x48, 0x44, 0x52];

    /// <summary>Adds the test publication with a format to the session's draft; returns the request page's address.</summary>
    public static async Task<string> AddToRequestAsync(SiteSession session, string format)
    {
        var added = await Forms.PostAsync(session.Client, Item, ("choice.format", format));
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        var location = added.Headers.Location!.OriginalString;
        Assert.Matches("^/permintaan/[0-9a-f-]{36}$", location);
        return location;
    }

    public static async Task ExpectRedirectAsync(Task<HttpResponseMessage> post, string to)
    {
        var response = await post;
        if (response.StatusCode != HttpStatusCode.Redirect)
        {
            Assert.Fail($"Expected a redirect to {to}, got {(int)response.StatusCode}: {RefusalPattern().Match(WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync())).Value}");
        }

        Assert.Equal(to, response.Headers.Location!.OriginalString);
    }

    public static async Task<string> TextOfAsync(SiteSession session, string url) => WebUtility.HtmlDecode(await session.Client.GetStringAsync(url));

    public static async Task<string> TextOfAsync(HttpResponseMessage response) => WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

    public static string FileLink(string page, string requestUrl) =>
        Regex.Match(page, Regex.Escape(requestUrl) + "/berkas/[^\"]+").Value is { Length: > 0 } link ? link : throw new InvalidOperationException("The page links no file.");

    /// <summary>The text of the current invoice, downloaded from the request page and read back with PdfPig.</summary>
    public static Task<string> InvoiceTextAsync(SiteSession session, string requestUrl, string page) =>
        IssuedTextAsync(session, requestUrl, page, "Invoice");

    /// <summary>The text of the current file the office issued under a label (Invoice, Kode billing, Kuitansi, Produk).</summary>
    public static async Task<string> IssuedTextAsync(SiteSession session, string requestUrl, string page, string label)
    {
        var link = Regex.Match(page, "<a href=\"(" + Regex.Escape(requestUrl) + "/berkas/[^\"]+)\" class=\"\">" + Regex.Escape(label)).Groups[1].Value;
        Assert.False(string.IsNullOrEmpty(link), $"The request page links no current {label}.");
        var response = await session.Client.GetAsync(link);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        return PdfText(await response.Content.ReadAsByteArrayAsync());
    }

    /// <summary>
    /// The officer accepts the written data-use abstract, records the requirements as complete and makes the offer
    /// (the lines measured, the invoice and the agreement issued).
    /// </summary>
    public static async Task AcceptAbstractAndOfferAsync(SiteSession officer, string staffUrl)
    {
        await ExpectRedirectAsync(Forms.PostAsync(officer.Client, staffUrl + "?handler=Accept", ("code", "data-use-abstract")), staffUrl);
        await ExpectRedirectAsync(Forms.PostAsync(officer.Client, staffUrl + "?handler=Act", ("trigger", "CompleteRequirements")), staffUrl);
        await ExpectRedirectAsync(Forms.PostAsync(officer.Client, staffUrl + "?handler=Offer"), staffUrl);
    }

    /// <summary>
    /// The customer accepts the offer and the officer marks the product ready; the treasurer issues a billing code,
    /// pays it in the SIMPONI simulator as at a bank and confirms the payment. Returns the request's payment desk.
    /// </summary>
    public static async Task<string> AcceptAndPayByBillingCodeAsync(SiteSession customer, SiteSession officer, SiteSession treasurer, string requestUrl)
    {
        var id = requestUrl.Split('/')[^1];
        var staffUrl = "/admin/permintaan/" + id;
        await ExpectRedirectAsync(Forms.PostAsync(customer.Client, requestUrl + "?handler=Act", ("trigger", "AcceptOffer")), requestUrl);
        await ExpectRedirectAsync(Forms.PostAsync(officer.Client, staffUrl + "?handler=Act", ("trigger", "MarkProductReady")), staffUrl);
        return await PayByBillingCodeAsync(customer, treasurer, requestUrl);
    }

    /// <summary>
    /// The treasurer issues a billing code for a request waiting for payment, pays it in the SIMPONI simulator as at a
    /// bank and confirms the payment. Returns the request's payment desk.
    /// </summary>
    public static async Task<string> PayByBillingCodeAsync(SiteSession customer, SiteSession treasurer, string requestUrl)
    {
        var deskUrl = "/admin/pembayaran/" + requestUrl.Split('/')[^1];
        await ExpectRedirectAsync(Forms.PostAsync(treasurer.Client, deskUrl + "?handler=Billing"), deskUrl);
        var code = Regex.Match(await TextOfAsync(customer, requestUrl + "/pembayaran"), "id=\"billing-code\">([0-9 ]+)<").Groups[1].Value.Replace(" ", "", StringComparison.Ordinal);
        await ExpectRedirectAsync(Forms.PostAsync(treasurer.Client, "/admin/simponi?handler=Pay", ("code", code)), "/admin/simponi");
        await ExpectRedirectAsync(Forms.PostAsync(treasurer.Client, deskUrl + "?handler=Confirm"), deskUrl);
        return deskUrl;
    }

    /// <summary>
    /// A request of an individual for the test publication taken to "completed": paid by billing code, receipt
    /// issued, the product delivered and accepted by the customer. Returns the customer's and the staff's addresses.
    /// </summary>
    public static async Task<(string RequestUrl, string StaffUrl)> ToCompletedAsync(SiteSession customer, SiteSession officer, SiteSession treasurer)
    {
        var (requestUrl, staffUrl) = await ToAwaitingPaymentAsync(customer, officer);
        var deskUrl = await PayByBillingCodeAsync(customer, treasurer, requestUrl);
        await ExpectRedirectAsync(Forms.PostAsync(treasurer.Client, deskUrl + "?handler=Receipt"), deskUrl);
        await ExpectRedirectAsync(Forms.PostAsync(officer.Client, staffUrl + "?handler=Deliver", ("trigger", "Deliver")), staffUrl);
        await ExpectRedirectAsync(Forms.PostAsync(customer.Client, requestUrl + "?handler=Act", ("trigger", "AcceptProduct")), requestUrl);
        return (requestUrl, staffUrl);
    }

    /// <summary>
    /// A request for the test publication sent, its requirements recorded complete and the offer (the invoice) sent:
    /// the customer is asked to check it. Returns the customer's and the staff's addresses.
    /// </summary>
    public static async Task<(string RequestUrl, string StaffUrl)> ToOfferedAsync(SiteSession customer, SiteSession officer)
    {
        var requestUrl = await AddToRequestAsync(customer, "softcopy");
        await ExpectRedirectAsync(Forms.PostAsync(customer.Client, requestUrl + "?handler=Submit"), requestUrl);
        var staffUrl = "/admin/permintaan/" + requestUrl.Split('/')[^1];
        await ExpectRedirectAsync(Forms.PostAsync(officer.Client, staffUrl + "?handler=Act", ("trigger", "CompleteRequirements")), staffUrl);
        await ExpectRedirectAsync(Forms.PostAsync(officer.Client, staffUrl + "?handler=Offer"), staffUrl);
        return (requestUrl, staffUrl);
    }

    /// <summary>
    /// The administrator changes one amount of a tariff schedule on its page, keeping every other amount, and sets
    /// whether it is confirmed.
    /// </summary>
    public static async Task ChangeTariffAsync(SiteSession admin, string regulation, string code, string amount, bool confirmed = false)
    {
        var edit = "/admin/tarif/ubah?peraturan=" + Uri.EscapeDataString(regulation);
        var amounts = Regex.Matches(await admin.Client.GetStringAsync(edit), "name=\"(Amounts\\[[^\\]]+\\])\" value=\"([^\"]*)\"")
            .Select(m => (m.Groups[1].Value, m.Groups[1].Value == $"Amounts[{code}]" ? amount : m.Groups[2].Value));
        var saved = await TextOfAsync(await Forms.PostAsync(admin.Client, edit, [.. amounts, .. confirmed ? new[] { ("Confirmed", "true") } : []]));
        Assert.Contains("id=\"saved\"", saved, StringComparison.Ordinal);
    }

    /// <summary>
    /// A request of an individual for the test publication taken to "waiting for payment": sent, requirements
    /// complete, invoice issued and accepted, product ready. Returns the customer's and the staff's addresses.
    /// </summary>
    public static async Task<(string RequestUrl, string StaffUrl)> ToAwaitingPaymentAsync(SiteSession customer, SiteSession officer)
    {
        var (requestUrl, staffUrl) = await ToOfferedAsync(customer, officer);
        await ExpectRedirectAsync(Forms.PostAsync(customer.Client, requestUrl + "?handler=Act", ("trigger", "AcceptOffer")), requestUrl);
        await ExpectRedirectAsync(Forms.PostAsync(officer.Client, staffUrl + "?handler=Act", ("trigger", "MarkProductReady")), staffUrl);
        return (requestUrl, staffUrl);
    }

    public static async Task<string> TokenFromAsync(SiteSession session, string url) =>
        WebUtility.HtmlDecode(Regex.Match(await session.Client.GetStringAsync(url + "/" + (await LatestOwnRequestAsync(session))), "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value);

    public static async Task<string> LatestOwnRequestAsync(SiteSession session) =>
        Regex.Match(await session.Client.GetStringAsync("/permintaan"), "href=\"/permintaan/([0-9a-f-]{36})\"").Groups[1].Value;

    /// <summary>The text of a PDF, page by page, as PdfPig reads it back.</summary>
    public static string PdfText(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        return string.Join("\n", document.GetPages().Select(p => string.Join(" ", p.GetWords().Select(w => w.Text))));
    }

    [GeneratedRegex("id=\"refusal\".*?</div>", RegexOptions.Singleline)]
    private static partial Regex RefusalPattern();
}
