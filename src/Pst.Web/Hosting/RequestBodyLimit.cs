using Microsoft.AspNetCore.Server.Kestrel.Core;
using Pst.Core.Files;

namespace Pst.Web.Hosting;

/// <summary>
/// A post larger than <see cref="FileStoreOptions.MaxBodyBytes"/> is answered 413 before its body is read, so the
/// person gets the site's own page saying how large a post may be (through the status-code pages), not the bare
/// error a body cut off half-read gives. Kestrel holds the same limit for a body that does not state its length.
/// </summary>
internal sealed class RequestBodyLimitMiddleware(RequestDelegate next, FileStoreOptions files)
{
    public Task InvokeAsync(HttpContext context)
    {
        // The error page it re-executes to sees the same request: let that through, it reads no body.
        if (context.Request.ContentLength > files.MaxBodyBytes && context.Features.Get<Microsoft.AspNetCore.Diagnostics.IStatusCodeReExecuteFeature>() is null)
        {
            context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
            context.Response.Headers.Connection = "close";
            return Task.CompletedTask;
        }

        return next(context);
    }
}

internal static class RequestBodyLimit
{
    public static IServiceCollection AddPstRequestBodyLimit(this IServiceCollection services)
    {
        services.AddOptions<KestrelServerOptions>().Configure<FileStoreOptions>((kestrel, files) => kestrel.Limits.MaxRequestBodySize = files.MaxBodyBytes);
        services.AddOptions<Microsoft.AspNetCore.Http.Features.FormOptions>().Configure<FileStoreOptions>((form, files) => form.MultipartBodyLengthLimit = files.MaxBodyBytes);
        return services;
    }
}
