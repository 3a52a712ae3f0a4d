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
        app.UseStatusCodePagesWithReExecute("/not-found", createScopeForStatusCodePages: true);
        return app;
    }
}
