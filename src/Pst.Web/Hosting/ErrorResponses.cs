namespace Pst.Web.Hosting;

/// <summary>
/// How failures and error status codes reach the client: a programme calling an API gets RFC 9457 ProblemDetails
/// (JSON, no stack trace), a person gets the localised error page with the real status code.
/// </summary>
internal static class ErrorResponses
{
    public static IApplicationBuilder UsePstErrorResponses(this IApplicationBuilder app) =>
        app.UseWhen(IsApiRequest, api => api.UseExceptionHandler().UseStatusCodePages())
           .UseWhen(context => !IsApiRequest(context), pages => pages.UseExceptionHandler("/kesalahan/500").UseStatusCodePagesWithReExecute("/kesalahan/{0}"));

    /// <summary>Under <c>/api</c>, or asking for JSON and not for HTML.</summary>
    public static bool IsApiRequest(HttpContext context)
    {
        if (context.Request.Path.StartsWithSegments("/api"))
        {
            return true;
        }

        var accept = context.Request.Headers.Accept.ToString();
        return accept.Contains("json", StringComparison.OrdinalIgnoreCase) && !accept.Contains("text/html", StringComparison.OrdinalIgnoreCase);
    }
}
