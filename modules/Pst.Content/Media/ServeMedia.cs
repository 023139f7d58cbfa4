using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace Pst.Content.Media;

/// <summary><c>GET /media/{id}</c>: the stored file with the type its content was checked to be; images and PDFs open in the browser.</summary>
public static class ServeMedia
{
    public static async Task<IResult> HandleAsync(string id, MediaLibrary media, HttpContext context)
    {
        if (!Guid.TryParseExact(id, "N", out var key) || await media.FindAsync(key, context.RequestAborted) is not { } item
            || await media.OpenAsync(item, context.RequestAborted) is not { } content)
        {
            return Results.NotFound();
        }

        // A stored file never changes under its id, so browsers may keep it.
        context.Response.Headers.CacheControl = "public, max-age=604800, immutable";
        var disposition = new ContentDispositionHeaderValue("inline");
        disposition.SetHttpFileName(item.Name);
        context.Response.Headers.ContentDisposition = disposition.ToString();
        return Results.Stream(content, item.ContentType, enableRangeProcessing: true);
    }
}
