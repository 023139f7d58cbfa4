using System.Net;
using Pst.Web.Tests.Infrastructure;

namespace Pst.Web.Tests.Localization;

/// <summary>The language switch goes back to the page it came from, and never to another site, whatever it is given.</summary>
public sealed class LanguageSwitchTests : SiteTestBase<SqliteAppFactory>
{
    [Theory]
    [InlineData("/bahasa/en?returnUrl=/katalog", "/katalog")]
    [InlineData("/bahasa/en?returnUrl=/%5Cevil.example", "/")]
    [InlineData("/bahasa/en?returnUrl=/\\evil.example", "/")]
    [InlineData("/bahasa/en?returnUrl=//evil.example", "/")]
    [InlineData("/bahasa/en?returnUrl=https://evil.example", "/")]
    [InlineData("/bahasa/en?returnUrl=/%09/evil.example", "/")]
    [InlineData("/bahasa/en", "/")]
    public async Task The_switch_returns_to_a_page_of_this_site_only(string url, string expected)
    {
        using var visitor = new SiteSession(Factory);

        var response = await visitor.Client.GetAsync(url);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(expected, response.Headers.Location!.OriginalString);
    }
}
