using Microsoft.AspNetCore.Diagnostics;

namespace JobcenterTilsyn.Web.Extensions;

/// <summary>Friendly Danish pages for errors (outside Development) and for unknown addresses.</summary>
public static class ErrorPageExtensions
{
    public static WebApplication UseTilsynErrorPages(this WebApplication app)
    {
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/Error", createScopeForErrors: true);
            app.UseHsts();
        }
        // Re-executed per status: /status/403 shows "Ingen adgang", every other code "Siden findes ikke".
        app.UseStatusCodePagesWithReExecute("/status/{0}", createScopeForStatusCodePages: true);
        // A re-executed error or status page is read, never submitted: without this a refused POST (say, a form
        // without its antiforgery token) is re-run as a POST of the error page, fails antiforgery again and ends as a 500.
        app.Use((http, next) =>
        {
            if (http.Features.Get<IStatusCodeReExecuteFeature>() is not null || http.Features.Get<IExceptionHandlerPathFeature>() is not null)
            {
                http.Request.Method = HttpMethods.Get;
            }
            return next(http);
        });
        return app;
    }
}
