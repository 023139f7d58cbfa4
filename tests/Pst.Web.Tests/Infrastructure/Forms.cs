using System.Net;
using System.Text.RegularExpressions;

namespace Pst.Web.Tests.Infrastructure;

/// <summary>Posts a page's form as a browser would: with the anti-forgery token read from the page first.</summary>
internal static partial class Forms
{
    public static async Task<HttpResponseMessage> PostAsync(HttpClient client, string url, params (string Name, string Value)[] fields)
    {
        var page = await client.GetStringAsync(url);
        var token = TokenPattern().Match(page);
        Assert.True(token.Success, $"No anti-forgery token on {url}.");
        var values = fields.Append(("__RequestVerificationToken", WebUtility.HtmlDecode(token.Groups[1].Value)))
            .Select(f => new KeyValuePair<string, string>(f.Item1, f.Item2));
        return await client.PostAsync(url, new FormUrlEncodedContent(values));
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
