using Pst.Core.Features;

namespace Pst.Web.Hosting;

/// <summary>Answers 404 for the endpoints of a disabled module. The state is read per request, so no restart is needed.</summary>
internal sealed class FeatureGateMiddleware(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context, FeatureManager features)
    {
        var module = context.GetEndpoint()?.Metadata.GetMetadata<ModuleEndpointMetadata>();
        if (module is not null && !await features.IsEnabledAsync(module.ModuleId, context.RequestAborted))
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        await next(context);
    }
}
