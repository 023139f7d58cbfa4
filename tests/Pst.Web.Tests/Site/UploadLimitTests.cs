using System.Net;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Pst.Core.Files;
using Pst.Core.Kernel;
using Pst.Web.Tests.Infrastructure;
using static Pst.Web.Tests.Ordering.RequestSteps;

namespace Pst.Web.Tests.Site;

/// <summary>
/// A post larger than the site takes in one go is answered 413 with the site's own page, in the reader's language,
/// naming the limits and leading back to the form, and saves nothing; a post within the limit goes through.
/// </summary>
public sealed partial class UploadLimitTests : SiteTestBase<SqliteAppFactory>
{
    [Fact]
    public async Task A_post_over_the_body_limit_gets_the_sites_page_and_saves_nothing()
    {
        // The limit made small, so the test posts little: the same check as at 30 MB.
        Factory.Services.GetRequiredService<FileStoreOptions>().MaxBodyBytes = 200_000;
        using var customer = await SiteSession.CustomerAsync(Factory, "usaha@example.org", "Rina Kartika", CustomerSegment.PrivateBusiness, "PT Data Sejahtera");
        var requestUrl = await AddToRequestAsync(customer, "softcopy");
        var stored = StoredFileCount();

        var tooLarge = await PostUploadAsync(customer, requestUrl, new byte[300_000]);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, tooLarge.StatusCode);
        var page = await TextOfAsync(tooLarge);
        Assert.Contains("Unggahan terlalu besar", page, StringComparison.Ordinal);
        Assert.Contains("lebih besar dari 0,2 MB", page, StringComparison.Ordinal);
        Assert.Contains("paling besar 10 MB", page, StringComparison.Ordinal);
        Assert.Contains($"href=\"{requestUrl}\" id=\"error-back\"", page, StringComparison.Ordinal);
        Assert.Equal(stored, StoredFileCount());

        var small = await PostUploadAsync(customer, requestUrl, Pdf);
        Assert.Equal(HttpStatusCode.Redirect, small.StatusCode);
        Assert.Equal(stored + 1, StoredFileCount());
    }

    private int StoredFileCount()
    {
        var root = Path.Combine(Factory.Directory, "files");
        return System.IO.Directory.Exists(root) ? System.IO.Directory.GetFiles(root, "*", SearchOption.AllDirectories).Count(f => !f.EndsWith(".part", StringComparison.Ordinal)) : 0;
    }

    /// <summary>The customer's upload of the NPWP on the request page, from that page (its address as the referrer).</summary>
    private static async Task<HttpResponseMessage> PostUploadAsync(SiteSession customer, string requestUrl, byte[] content)
    {
        var token = TokenPattern().Match(await customer.Client.GetStringAsync(requestUrl)).Groups[1].Value;
        using var form = new MultipartFormDataContent
        {
            { new StringContent(WebUtility.HtmlDecode(token)), "__RequestVerificationToken" },
            { new StringContent("npwp"), "code" },
            { new ByteArrayContent(content), "file", "npwp.pdf" },
        };
        using var message = new HttpRequestMessage(HttpMethod.Post, requestUrl + "?handler=Upload") { Content = form };
        message.Headers.Referrer = new Uri(customer.Client.BaseAddress!, requestUrl);
        return await customer.Client.SendAsync(message);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
