using Microsoft.AspNetCore.Diagnostics;

namespace JobcenterTilsyn.Web.Security;

/// <summary>
/// Errors of the API are RFC 7807 problem details: an /api response that ends with an error status and no body
/// (401 and 403 from authorization, 404 for an unknown address) gets one, instead of the Danish HTML status page.
/// </summary>
public static class ApiProblemer
{
    public static WebApplication UseApiProblemDetails(this WebApplication app)
    {
        app.Use(async (http, next) =>
        {
            if (!Extensions.AuthExtensions.ErMaskinkald(http.Request.Path))
            {
                await next(http);
                return;
            }
            if (http.Features.Get<IStatusCodePagesFeature>() is { } statusCodePages) statusCodePages.Enabled = false;
            await next(http);
            var response = http.Response;
            if (response.StatusCode >= 400 && !response.HasStarted && response.ContentLength is null or 0 && response.ContentType is null)
            {
                await Results.Problem(statusCode: response.StatusCode, title: Titel(response.StatusCode)).ExecuteAsync(http);
            }
        });
        return app;
    }

    public static string Titel(int status) => status switch
    {
        StatusCodes.Status400BadRequest => "Ugyldig forespørgsel",
        StatusCodes.Status401Unauthorized => "Ikke logget ind",
        StatusCodes.Status403Forbidden => "Ingen adgang",
        StatusCodes.Status404NotFound => "Ikke fundet",
        StatusCodes.Status405MethodNotAllowed => "Metoden er ikke tilladt",
        _ => "Fejl",
    };
}
