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

    /// <summary>Posts a multipart form with one file, as a browser's upload field would, to <paramref name="url"/> (read first for its token).</summary>
    public static async Task<HttpResponseMessage> UploadAsync(HttpClient client, string url, string fileField, byte[] content, string fileName, string contentType, params (string Name, string Value)[] fields)
    {
        var page = await client.GetStringAsync(url);
        var token = TokenPattern().Match(page);
        Assert.True(token.Success, $"No anti-forgery token on {url}.");
        using var form = new MultipartFormDataContent();
        foreach (var (name, value) in fields.Append(("__RequestVerificationToken", WebUtility.HtmlDecode(token.Groups[1].Value))))
        {
            form.Add(new StringContent(value), name);
        }

        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue(contentType);
        form.Add(file, fileField, fileName);
        return await client.PostAsync(url, form);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
