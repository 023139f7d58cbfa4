using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace Pst.Content.Media;

/// <summary><c>GET /media/{id}</c>: the stored file with the type its content was checked to be; images and PDFs open in the browser; a browser's copy is checked against the current file.</summary>
public static class ServeMedia
{
    public static async Task<IResult> HandleAsync(string id, MediaLibrary media, HttpContext context)
    {
        if (!Guid.TryParseExact(id, "N", out var key) || await media.FindAsync(key, context.RequestAborted) is not { } item
            || await media.OpenAsync(item, context.RequestAborted) is not { } content)
        {
            return Results.NotFound();
        }

        // The address stays when an editor replaces the file: browsers keep it but ask again, and the stored file's
        // id (which does change) tells them whether what they have is still current.
        var tag = new EntityTagHeaderValue($"\"{item.FileId}\"");
        context.Response.Headers.CacheControl = "public, no-cache";
        context.Response.Headers.ETag = tag.ToString();
        if (context.Request.GetTypedHeaders().IfNoneMatch.Any(t => t.Compare(tag, useStrongComparison: false)))
        {
            await content.DisposeAsync();
            return Results.StatusCode(StatusCodes.Status304NotModified);
        }

        var disposition = new ContentDispositionHeaderValue("inline");
        disposition.SetHttpFileName(item.Name);
        context.Response.Headers.ContentDisposition = disposition.ToString();
        return Results.Stream(content, item.ContentType, enableRangeProcessing: true);
    }
}
