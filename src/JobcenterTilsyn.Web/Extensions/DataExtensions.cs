using JobcenterTilsyn.Data;
using JobcenterTilsyn.Web.Health;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace JobcenterTilsyn.Web.Extensions;

/// <summary>The PostgreSQL database: a DbContext factory for short-lived contexts, and its health check.</summary>
public static class DataExtensions
{
    public static WebApplicationBuilder AddTilsynData(this WebApplicationBuilder builder)
    {
        // Read when the host starts (not now), so settings added by test hosts count too;
        // ValidateOnStart makes a missing connection string stop the app at once with this message.
        builder.Services.AddOptions<DatabaseOptions>()
            .Configure<IConfiguration>((options, configuration) =>
                options.ConnectionString = configuration.GetConnectionString(DbContextOptionsSetup.ConnectionStringName))
            .Validate(options => !string.IsNullOrWhiteSpace(options.ConnectionString), DatabaseOptions.MissingMessage)
            .ValidateOnStart();

        builder.Services.AddDbContextFactory<TilsynDbContext>((services, options) =>
            options.UseTilsynDatabase(services.GetRequiredService<IOptions<DatabaseOptions>>().Value.ConnectionString!));

        builder.Services.AddHealthChecks()
            .AddCheck<DatabaseHealthCheck>("database", timeout: TimeSpan.FromSeconds(5));
        return builder;
    }
}

/// <summary>Where the database is: <c>ConnectionStrings:Default</c>.</summary>
public sealed class DatabaseOptions
{
    public const string MissingMessage =
        "The connection string 'ConnectionStrings:Default' is missing. Set it in appsettings or in the environment " +
        "variable ConnectionStrings__Default, e.g. \"Host=127.0.0.1;Port=55432;Database=jobcentertilsyn;Username=postgres\" " +
        "(./run.sh sets it for you).";

    public string? ConnectionString { get; set; }
}
