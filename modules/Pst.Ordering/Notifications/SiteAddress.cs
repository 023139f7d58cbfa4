using Microsoft.AspNetCore.Http;

namespace Pst.Ordering.Notifications;

/// <summary>
/// The site's public address for links in e-mails: configuration <c>Site:Address</c> when set (needed behind a
/// proxy and for background work), else the address of the current web request.
/// </summary>
internal sealed class SiteAddress(string? configured, IHttpContextAccessor http)
{
    public string Value =>
        configured?.TrimEnd('/') is { Length: > 0 } address
            ? address
            : http.HttpContext?.Request is { } request ? $"{request.Scheme}://{request.Host}" : "http://localhost";
}
