using Microsoft.AspNetCore.Http;

namespace Pst.Data.Outbox;

/// <summary>
/// The site's public address for links in e-mails: <c>Site:Address</c> when configured, else the address of the
/// current web request (a background job without one falls back to localhost).
/// </summary>
public sealed class SiteAddress(string? configured, IHttpContextAccessor? http)
{
    public string Value =>
        configured?.TrimEnd('/') is { Length: > 0 } address
            ? address
            : http?.HttpContext?.Request is { } request ? $"{request.Scheme}://{request.Host}" : "http://localhost";
}
