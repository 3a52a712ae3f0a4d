using System.Diagnostics;
using System.Net;
using JobcenterTilsyn.Data;
using JobcenterTilsyn.Data.Entities;
using JobcenterTilsyn.Data.Import;
using JobcenterTilsyn.Testing;
using JobcenterTilsyn.Web.Tests.Security;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Xunit.Abstractions;

namespace JobcenterTilsyn.Web.Tests.Hosting;

/// <summary>PostgreSQL crashes and comes back while the app runs: the app says so on /health and recovers by itself.</summary>
[Collection(VaertCollection.Name)]
public sealed class DatabaseOutageTests(ITestOutputHelper output)
{
    [Fact]
    public async Task When_postgres_crashes_health_turns_503_and_after_its_restart_the_app_recovers_without_losing_committed_data()
    {
        await using var postgres = await PrivatePostgres.CreateAsync();
        var connectionString = new NpgsqlConnectionStringBuilder(postgres.ServerConnectionString) { Database = "jt_outage" }.ConnectionString;
        await using (var conn = new NpgsqlConnection(postgres.ServerConnectionString))
        {
            await conn.OpenAsync();
            await new NpgsqlCommand("CREATE DATABASE jt_outage", conn).ExecuteNonQueryAsync();
        }
        await DatabaseMigrator.MigrateAsync(connectionString);
        var brugere = await Testbrugere.OpretAsync(connectionString);
        await using var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(host => host
            .UseEnvironment("Development")
            .UseSetting("ConnectionStrings:Default", connectionString)
            .UseSetting("Serilog:MinimumLevel:Default", "Fatal"));
        using var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        (await client.GetAsync("/health")).StatusCode.Should().Be(HttpStatusCode.OK);
        // Committed through the app's own context just before the crash.
        var dbFactory = factory.Services.GetRequiredService<IDbContextFactory<TilsynDbContext>>();
        await using (var db = await dbFactory.CreateDbContextAsync())
        {
            db.ImportBatches.Add(new ImportBatchEntity
            {
                Kind = ImportKind.Samtaler, FileName = "samtaler_foer_nedbrud.csv", Sha256 = new string('a', 64), ImportedBy = "test",
                StartedAt = DateTime.UtcNow, Mode = ImportMode.Append, Outcome = ImportOutcome.Succeeded,
            });
            await db.SaveChangesAsync();
        }

        await postgres.CrashAsync();
        var down = Stopwatch.StartNew();

        (await HealthWithin(client, HttpStatusCode.ServiceUnavailable, TimeSpan.FromSeconds(20)))
            .Should().Be(HttpStatusCode.ServiceUnavailable, "the app must report the database outage");
        output.WriteLine($"503 after {down.ElapsedMilliseconds} ms");
        var body = await (await client.GetAsync("/health")).Content.ReadAsStringAsync();
        body.Should().Contain("\"database\":\"Unhealthy\"");

        await postgres.StartAsync();

        var clock = Stopwatch.StartNew();
        (await HealthWithin(client, HttpStatusCode.OK, TimeSpan.FromSeconds(30)))
            .Should().Be(HttpStatusCode.OK, "the app must recover by itself, without a restart");
        output.WriteLine($"200 again {clock.ElapsedMilliseconds} ms after the restart");
        // Signing in reads the users; the row committed before the crash is still there.
        using var afterwards = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        await HttpLogind.LogIndAsync(afterwards, brugere.Admin);
        await using (var db = await dbFactory.CreateDbContextAsync())
        {
            (await db.ImportBatches.CountAsync(b => b.FileName == "samtaler_foer_nedbrud.csv")).Should().Be(1);
        }
    }

    /// <summary>Polls /health until it answers <paramref name="wanted"/> or the time is up; returns the last status.</summary>
    private static async Task<HttpStatusCode> HealthWithin(HttpClient client, HttpStatusCode wanted, TimeSpan limit)
    {
        var deadline = DateTime.UtcNow + limit;
        HttpStatusCode status;
        do
        {
            status = (await client.GetAsync("/health")).StatusCode;
            if (status == wanted) return status;
            await Task.Delay(250);
        }
        while (DateTime.UtcNow < deadline);
        return status;
    }
}
