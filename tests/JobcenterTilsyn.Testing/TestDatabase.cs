using JobcenterTilsyn.Data;
using Npgsql;
using Xunit;

namespace JobcenterTilsyn.Testing;

/// <summary>
/// A throwaway database on the test PostgreSQL server started by test.sh (environment variable
/// <c>JT_TEST_POSTGRES</c>, a connection string to its maintenance database). Created and migrated
/// per test class (use as an <c>IClassFixture</c>), dropped afterwards.
/// </summary>
public sealed class TestDatabase : IAsyncLifetime
{
    public const string ServerVariable = "JT_TEST_POSTGRES";

    public string Name { get; } = "jt_test_" + Guid.NewGuid().ToString("N")[..16];

    public string ConnectionString { get; private set; } = "";

    public static string ServerConnectionString =>
        Environment.GetEnvironmentVariable(ServerVariable) is { Length: > 0 } cs
            ? cs
            : throw new InvalidOperationException(
                $"{ServerVariable} is not set: run the tests with ./test.sh, which starts a throwaway PostgreSQL.");

    public async Task InitializeAsync()
    {
        var server = new NpgsqlConnectionStringBuilder(ServerConnectionString);
        await using (var conn = new NpgsqlConnection(server.ConnectionString))
        {
            await conn.OpenAsync();
            await using var cmd = new NpgsqlCommand($"CREATE DATABASE \"{Name}\"", conn);
            await cmd.ExecuteNonQueryAsync();
        }
        ConnectionString = new NpgsqlConnectionStringBuilder(server.ConnectionString) { Database = Name }.ConnectionString;
        await DatabaseMigrator.MigrateAsync(ConnectionString);
    }

    public TilsynDbContext CreateContext() => new(DbContextOptionsSetup.For(ConnectionString));

    public async Task DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await using var conn = new NpgsqlConnection(ServerConnectionString);
        await conn.OpenAsync();
        await using var cmd = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{Name}\" WITH (FORCE)", conn);
        await cmd.ExecuteNonQueryAsync();
    }
}
