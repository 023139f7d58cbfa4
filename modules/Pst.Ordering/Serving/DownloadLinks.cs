using Microsoft.AspNetCore.DataProtection;
using Pst.Ordering.Requests;

namespace Pst.Ordering.Serving;

/// <summary>
/// Signed download links for delivered products: <c>/unduh/{token}</c>, where the token names the request and the
/// file and cannot be forged or altered. The link works for the request's customer until the file's download
/// window closes; each download is counted.
/// </summary>
internal sealed class DownloadLinks(IDataProtectionProvider protection)
{
    private readonly IDataProtector _protector = protection.CreateProtector("Pst.Ordering.Downloads.v1");

    public string For(Request request, IssuedFile file) => "/unduh/" + _protector.Protect($"{request.Id:N}/{file.FileId}");

    /// <summary>The request and file a token names, or null for a token this site did not make.</summary>
    public (Guid RequestId, string FileId)? Read(string token)
    {
        try
        {
            var parts = _protector.Unprotect(token).Split('/', 2);
            return parts.Length == 2 && Guid.TryParseExact(parts[0], "N", out var id) ? (id, parts[1]) : null;
        }
        catch (System.Security.Cryptography.CryptographicException)
        {
            return null;
        }
    }
}
