using Microsoft.AspNetCore.Mvc.Abstractions;
using Pst.Core.Features;
using Pst.Core.Modules;

namespace Pst.Web.Hosting;

/// <summary>
/// Answers 404 for what a disabled module serves: its mapped endpoints (marked with <see cref="ModuleEndpointMetadata"/>)
/// and the Razor pages of its area (the area is the module's id), except reading a page marked
/// <see cref="ReadableWhileOffAttribute"/>. The state is read per request, so no restart is needed.
/// </summary>
internal sealed class FeatureGateMiddleware(RequestDelegate next, ModuleGraph graph)
{
    public async Task InvokeAsync(HttpContext context, FeatureManager features)
    {
        var endpoint = context.GetEndpoint();
        if (ModuleOf(endpoint) is { } moduleId && !await features.IsEnabledAsync(moduleId, context.RequestAborted)
            && !(endpoint!.Metadata.GetMetadata<ReadableWhileOffAttribute>() is not null && (HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method))))
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        await next(context);
    }

    private string? ModuleOf(Endpoint? endpoint)
    {
        if (endpoint is null)
        {
            return null;
        }

        if (endpoint.Metadata.GetMetadata<ModuleEndpointMetadata>() is { } module)
        {
            return module.ModuleId;
        }

        return endpoint.Metadata.GetMetadata<ActionDescriptor>()?.RouteValues.TryGetValue("area", out var area) == true && area is not null && graph.Contains(area)
            ? area
            : null;
    }
}
