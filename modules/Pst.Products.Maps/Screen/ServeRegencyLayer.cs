using Microsoft.AspNetCore.Http;
using Pst.Products.Maps.Boundaries;

namespace Pst.Products.Maps.Screen;

/// <summary>
/// <c>GET /peta/batas/kabupaten-kota.geojson</c>: the screen layer of the latest edition, made once per edition and
/// sent with an ETag of the edition, so a browser asks again only after a new import.
/// </summary>
public static class ServeRegencyLayer
{
    private static (Guid Edition, byte[] Body)? _made;

    public static async Task<IResult> HandleAsync(HttpContext http, BoundaryStore store, BoundaryCache cache)
    {
        if (await cache.GetAsync(store, http.RequestAborted) is not { } boundaries)
        {
            return Results.NotFound();
        }

        var made = _made is { } known && known.Edition == boundaries.Edition.Id ? known : (_made = (boundaries.Edition.Id, ScreenLayer.Regencies(boundaries.Set))).Value;
        var tag = $"\"{boundaries.Edition.Id:N}\"";
        http.Response.Headers.ETag = tag;
        http.Response.Headers.CacheControl = "public, max-age=300";
        if (http.Request.Headers.IfNoneMatch == tag)
        {
            return Results.StatusCode(StatusCodes.Status304NotModified);
        }

        return Results.Bytes(made.Body, "application/geo+json");
    }
}
