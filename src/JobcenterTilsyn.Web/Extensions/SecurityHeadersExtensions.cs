using JobcenterTilsyn.Web.Security;

namespace JobcenterTilsyn.Web.Extensions;

/// <summary>CSP, nosniff, frame and referrer headers on every response, error pages included.</summary>
public static class SecurityHeadersExtensions
{
    public static WebApplication UseSecurityHeaders(this WebApplication app)
    {
        app.Use((http, next) =>
        {
            http.Response.OnStarting(() =>
            {
                Sikkerhedsheadere.Tilfoej(http);
                return Task.CompletedTask;
            });
            return next(http);
        });
        return app;
    }
}
