using Microsoft.AspNetCore.Mvc.RazorPages;
namespace Pst.Web.Pages;

/// <summary>
/// The localised page shown for error status codes and unhandled exceptions. It reads no form (a re-executed post
/// may be one refused for its size), so it checks no anti-forgery token: it changes nothing.
/// </summary>
[Microsoft.AspNetCore.Mvc.IgnoreAntiforgeryToken]
public sealed class ErrorModel : PageModel
{
    public int Code { get; private set; }

    /// <summary>The page the person came from, on this site only (the form of a refused upload).</summary>
    public string? Back => Uri.TryCreate(Request.Headers.Referer.ToString(), UriKind.Absolute, out var referer)
        && string.Equals(referer.Authority, Request.Host.Value, StringComparison.OrdinalIgnoreCase) ? referer.PathAndQuery : null;

    public void OnGet(int code) => Code = code;

    /// <summary>A re-executed post: the code from the route alone, binding nothing, so its body (maybe too large) is never read.</summary>
    public void OnPost() => Code = int.TryParse(RouteData.Values["code"]?.ToString(), out var code) ? code : 500;
}
