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
        return app;
    }
}
