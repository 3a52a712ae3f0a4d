using System.Net;
using Microsoft.AspNetCore.Hosting;
using JobcenterTilsyn.Testing;
using Microsoft.AspNetCore.Mvc.Testing;
using Npgsql;

namespace JobcenterTilsyn.Web.Tests.Hosting;

/// <summary>The composed app in memory (TestServer): start-up checks, health when the database is down, Danish pages.</summary>
public sealed class AppHostingTests
{
    // Nothing listens on port 1: connecting fails at once, as when PostgreSQL is down.
    private const string UnreachableDatabase = "Host=127.0.0.1;Port=1;Database=none;Username=postgres;Timeout=3";

    [Fact]
    public void A_missing_connection_string_stops_the_app_at_start_with_a_clear_message()
    {
        using var factory = App(connectionString: "");

        var start = () => factory.CreateClient();

        start.Should().Throw<Exception>().Which.ToString().Should().Contain("ConnectionStrings:Default");
    }

    [Fact]
    public async Task Health_is_503_Unhealthy_when_the_database_is_unreachable()
    {
        using var factory = App(UnreachableDatabase);
        using var client = factory.CreateClient();

        var response = await client.GetAsync("/health");

        response.StatusCode.Should().Be(HttpStatusCode.ServiceUnavailable);
        (await response.Content.ReadAsStringAsync()).Should().Be("""{"status":"Unhealthy","checks":{"database":"Unhealthy"}}""");
    }

    [Fact]
    public async Task An_unknown_address_gives_a_danish_404_page()
    {
        using var factory = App(UnreachableDatabase);
        using var client = factory.CreateClient();

        var response = await client.GetAsync("/findes-ikke");

        response.StatusCode.Should().Be(HttpStatusCode.NotFound);
        var html = await response.Content.ReadAsStringAsync();
        html.Should().Contain("<html lang=\"da\">").And.Contain("Siden findes ikke");
    }

    [Fact]
    public async Task Outside_development_an_error_shows_the_danish_error_page()
    {
        // The Kommuner page needs its database; a missing one fails at once (no retries), and the friendly page must show.
        var missingDatabase = new NpgsqlConnectionStringBuilder(TestDatabase.ServerConnectionString) { Database = "jt_findes_ikke" };
        using var factory = App(missingDatabase.ConnectionString, environment: "Production");
        using var client = factory.CreateClient();

        var response = await client.GetAsync("/kommuner");

        response.StatusCode.Should().Be(HttpStatusCode.InternalServerError);
        var html = await response.Content.ReadAsStringAsync();
        html.Should().Contain("Der opstod en fejl").And.Contain("Fejlnummer").And.NotContain("Npgsql");
    }

    [Fact]
    public async Task Pages_render_in_danish_with_the_navigation_to_every_area()
    {
        // The overview reads the database: an empty, migrated one shows its "no results yet" message.
        var database = new TestDatabase();
        await database.InitializeAsync();
        try
        {
            using var factory = App(database.ConnectionString);
            using var client = factory.CreateClient();

            var html = await client.GetStringAsync("/");

            html.Should().Contain("<html lang=\"da\">").And.Contain("JobcenterTilsyn").And.Contain("Der er endnu ingen beregnede resultater")
                .And.Contain("Genopret forbindelse", "the reconnect dialog speaks Danish too");
            foreach (var (href, titel) in new[]
                     {
                         ("kommuner", "Kommuner"), ("benchmark", "Benchmark"), ("udpegning", "Udpegning"),
                         ("tilsynssager", "Tilsynssager"), ("import", "Import"), ("administration", "Administration"),
                     })
            {
                html.Should().Contain($"href=\"{href}\"").And.Contain(titel);
            }
        }
        finally
        {
            await database.DisposeAsync();
        }
    }

    private static WebApplicationFactory<Program> App(string connectionString, string environment = "Development") =>
        new WebApplicationFactory<Program>().WithWebHostBuilder(host => host
            .UseEnvironment(environment)
            .UseSetting("ConnectionStrings:Default", connectionString)
            .UseSetting("Serilog:MinimumLevel:Default", "Warning"));
}
