using System.Net;
using Pst.Web.Tests.Infrastructure;

namespace Pst.Web.Tests.Content;

/// <summary>An editor and a visitor of the site under test, and the steps an editor takes in the page editor.</summary>
public abstract class ContentTestBase<TFactory> : SiteTestBase<TFactory>
    where TFactory : PstAppFactory, new()
{
    private protected Task<SiteSession> EditorAsync(string email = "redaksi@example.org") => SiteSession.StaffAsync(Factory, email, "ContentEditor");

    /// <summary>A visitor who is not signed in, as the public (and the output cache) sees the site.</summary>
    protected HttpClient Visitor() => Factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    /// <summary>Saves a new page through the editor's form and returns its id (from the redirect to its editor).</summary>
    private protected static async Task<Guid> CreatePageAsync(SiteSession editor, string title, string body, string? slug = null, string url = "/admin/halaman/baru")
    {
        var response = await Forms.PostAsync(editor.Client, url, ("Form.Title", title), ("Form.Slug", slug ?? ""), ("Form.Body", body), ("Form.Summary", ""), ("Form.Stamp", "0"));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return Guid.Parse(response.Headers.Location!.OriginalString.Split('/').Last());
    }

    /// <summary>Saves the editor's text as a new version, with the stamp the editor's page carries.</summary>
    private protected static async Task<HttpResponseMessage> SaveAsync(SiteSession editor, Guid id, string title, string body, string slug, int? stamp = null)
    {
        var url = $"/admin/halaman/{id}";
        var current = stamp ?? await StampAsync(editor, id);
        return await Forms.PostAsync(editor.Client, url, ("Form.Title", title), ("Form.Slug", slug), ("Form.Body", body), ("Form.Summary", ""), ("Form.Stamp", current.ToString(System.Globalization.CultureInfo.InvariantCulture)));
    }

    private protected static Task<HttpResponseMessage> PublishAsync(SiteSession editor, Guid id) =>
        PostHandlerAsync(editor, id, "Publish");

    private protected static Task<HttpResponseMessage> PostHandlerAsync(SiteSession editor, Guid id, string handler, params (string, string)[] fields) =>
        Forms.PostAsync(editor.Client, $"/admin/halaman/{id}?handler={handler}", fields);

    /// <summary>The concurrency stamp the page's editor carries now (what a browser opening it would post back).</summary>
    private protected static async Task<int> StampAsync(SiteSession editor, Guid id) =>
        int.Parse(System.Text.RegularExpressions.Regex.Match(await editor.Client.GetStringAsync($"/admin/halaman/{id}"), "name=\"Form.Stamp\" value=\"(\\d+)\"").Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);

    protected static string Decoded(string html) => WebUtility.HtmlDecode(html);
}
