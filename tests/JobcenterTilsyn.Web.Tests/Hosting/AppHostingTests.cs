using System.Net;
using Microsoft.AspNetCore.Hosting;
using JobcenterTilsyn.Testing;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace JobcenterTilsyn.Web.Tests.Hosting;

/// <summary>
/// The composed app in memory (TestServer): start-up checks, health when the database is down, Danish pages.
/// Signed-in pages, 403/404 pages and the menu per role are in Security/AdgangsmatrixTests.
/// </summary>
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
    public async Task Outside_development_an_error_shows_the_danish_error_page()
    {
        // Signing in needs the database; a missing one fails at once (no retries), and the friendly page must show.
        var missingDatabase = new NpgsqlConnectionStringBuilder(TestDatabase.ServerConnectionString) { Database = "jt_findes_ikke" };
        using var factory = App(missingDatabase.ConnectionString, environment: "Production");
        using var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        var response = await HttpLogind.PostAsync(client, "nogen@test.dk", "Hvad-Som-Helst-1");

        response.StatusCode.Should().Be(HttpStatusCode.InternalServerError);
        var html = await response.Content.ReadAsStringAsync();
        html.Should().Contain("Der opstod en fejl").And.Contain("Fejlnummer").And.NotContain("Npgsql");
    }

    [Fact]
    public async Task Pages_render_in_danish_and_send_an_anonymous_visitor_to_the_danish_sign_in()
    {
        using var factory = App(UnreachableDatabase);
        using var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        var forside = await client.GetAsync("/");
        forside.StatusCode.Should().Be(HttpStatusCode.Found);
        forside.Headers.Location!.PathAndQuery.Should().Be("/konto/log-ind?ReturnUrl=%2F");

        var html = await client.GetStringAsync("/konto/log-ind");
        html.Should().Contain("<html lang=\"da\">").And.Contain("JobcenterTilsyn").And.Contain("Log ind")
            .And.Contain("E-mail").And.Contain("Adgangskode").And.Contain("__RequestVerificationToken");
    }

    private static WebApplicationFactory<Program> App(string connectionString, string environment = "Development") =>
        new WebApplicationFactory<Program>().WithWebHostBuilder(host => host
            .UseEnvironment(environment)
            .UseSetting("ConnectionStrings:Default", connectionString)
            .UseSetting("Serilog:MinimumLevel:Default", "Warning")
            // The key ring lives in PostgreSQL, which these tests make unreachable on purpose; what they check is the
            // Danish rendering and error page, so the antiforgery token gets in-memory keys here.
            .ConfigureTestServices(services => services.AddDataProtection().UseEphemeralDataProtectionProvider()));
}
