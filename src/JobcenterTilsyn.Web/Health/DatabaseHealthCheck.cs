using JobcenterTilsyn.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace JobcenterTilsyn.Web.Health;

/// <summary>Healthy when PostgreSQL answers <c>SELECT 1</c>.</summary>
internal sealed class DatabaseHealthCheck(IDbContextFactory<TilsynDbContext> dbFactory) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        // On the raw connection: the context's retry strategy would keep a dead database "checking" for many seconds.
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT 1";
        await command.ExecuteScalarAsync(cancellationToken);
        return HealthCheckResult.Healthy();
    }
}
