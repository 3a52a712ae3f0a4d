using JobcenterTilsyn.Web.Security;
using Serilog;
using Serilog.Events;

namespace JobcenterTilsyn.Web.Extensions;

/// <summary>Structured logging to the console, tuned from the "Serilog" section of appsettings.</summary>
public static class SerilogExtensions
{
    public static WebApplicationBuilder AddSerilogLogging(this WebApplicationBuilder builder)
    {
        builder.Services.AddSerilog((services, logger) => logger
            // Defaults for when appsettings says nothing; the Serilog section overrides them.
            .MinimumLevel.Information()
            .MinimumLevel.Override("Microsoft.AspNetCore", LogEventLevel.Warning)
            .MinimumLevel.Override("Microsoft.EntityFrameworkCore", LogEventLevel.Warning)
            .ReadFrom.Configuration(builder.Configuration)
            .ReadFrom.Services(services)
            .Enrich.FromLogContext()
            .WriteTo.Console(
                outputTemplate: "[{Timestamp:HH:mm:ss} {Level:u3}] {SourceContext}: {Message:lj}{NewLine}{Exception}",
                formatProvider: System.Globalization.CultureInfo.InvariantCulture),
            // Each host logs through its own logger, not the static Log.Logger: several hosts in one test process
            // would otherwise write to whichever was built last (or to nothing once one is disposed).
            preserveStaticLogger: true);
        return builder;
    }

    /// <summary>
    /// One structured event per request with who asked (user, role, kommune; never a cookie, key or query string);
    /// 401 and 403 as warnings; static files, Blazor's own traffic and health probes only at Debug.
    /// </summary>
    public static WebApplication UseTilsynRequestLogging(this WebApplication app)
    {
        app.UseSerilogRequestLogging(options =>
        {
            // The host's own logger: the static Log.Logger is left silent (preserveStaticLogger above).
            options.Logger = app.Services.GetRequiredService<Serilog.ILogger>();
            options.MessageTemplate = "HTTP {RequestMethod} {RequestPath} responded {StatusCode} in {Elapsed:0.0000} ms for {Bruger} ({Rolle}, kommune {Kommunekode})";
            options.EnrichDiagnosticContext = (diagnostics, http) =>
            {
                var user = http.User;
                var signedIn = user.Identity?.IsAuthenticated == true;
                diagnostics.Set("Bruger", signedIn ? user.Brugernavn() : "anonym");
                diagnostics.Set("Rolle", user.Rolle()?.ToString() ?? "ingen rolle");
                diagnostics.Set("Kommunekode", user.Kommune()?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "ingen");
            };
            options.GetLevel = (http, _, exception) =>
                exception is not null || http.Response.StatusCode >= 500 ? LogEventLevel.Error
                : http.Response.StatusCode is StatusCodes.Status401Unauthorized or StatusCodes.Status403Forbidden ? LogEventLevel.Warning
                : IsRoutineTraffic(http.Request.Path) ? LogEventLevel.Debug
                : LogEventLevel.Information;
        });
        return app;
    }

    private static bool IsRoutineTraffic(PathString path) =>
        path.StartsWithSegments("/_framework") || path.StartsWithSegments("/_content")
        || path.StartsWithSegments("/_blazor") || path.StartsWithSegments("/health")
        || Path.HasExtension(path.Value);
}
