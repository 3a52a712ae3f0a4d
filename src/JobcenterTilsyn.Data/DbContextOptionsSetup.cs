using Microsoft.EntityFrameworkCore;

namespace JobcenterTilsyn.Data;

/// <summary>The one place that says how the context talks to PostgreSQL, shared by web, CLI, tests and design time.</summary>
public static class DbContextOptionsSetup
{
    public const string ConnectionStringName = "Default";

    public static DbContextOptionsBuilder UseTilsynDatabase(this DbContextOptionsBuilder options, string connectionString) =>
        options
            .UseNpgsql(connectionString, npgsql =>
            {
                npgsql.MigrationsAssembly(typeof(TilsynDbContext).Assembly.GetName().Name);
                // Transient failures (a restart, a dropped connection) are retried rather than surfaced.
                npgsql.EnableRetryOnFailure(maxRetryCount: 5, maxRetryDelay: TimeSpan.FromSeconds(5), errorCodesToAdd: null);
            })
            .UseSnakeCaseNamingConvention();

    public static DbContextOptions<TilsynDbContext> For(string connectionString)
    {
        var builder = new DbContextOptionsBuilder<TilsynDbContext>();
        builder.UseTilsynDatabase(connectionString);
        return builder.Options;
    }
}
