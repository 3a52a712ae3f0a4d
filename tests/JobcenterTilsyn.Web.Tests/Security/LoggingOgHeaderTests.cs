using System.Net;
using JobcenterTilsyn.Testing;
using Serilog.Events;

namespace JobcenterTilsyn.Web.Tests.Security;

/// <summary>Refusals reach the log with who and where; the CSP is the same whatever Host a request names.</summary>
[Collection(VaertCollection.Name)]
public sealed class LoggingOgHeaderTests(SikretApp app) : IClassFixture<SikretApp>
{
    [Theory]
    [InlineData(Som.Chef, "/administration/brugere", 403, "chef.101@test.dk", "Jobcenterchef", "101")]
    [InlineData(Som.Chef, "/api/v1/cases/{anden}", 403, "chef.101@test.dk", "Jobcenterchef", "101")]
    [InlineData(Som.Anonym, "/api/v1/municipalities", 401, "anonym", "ingen rolle", "ingen")]
    public async Task Every_401_and_403_is_logged_as_a_warning_with_user_role_kommune_and_path(
        Som som, string sti, int status, string? bruger, string? rolle, string? kommune)
    {
        var adresse = sti.Replace("{anden}", app.AndenSagId.ToString(System.Globalization.CultureInfo.InvariantCulture));
        var client = await app.KlientAsync(som);

        using var svar = await client.GetAsync(adresse);

        ((int)svar.StatusCode).Should().Be(status);
        var haendelse = await VentPaaAsync(e => e.MessageTemplate.Text.StartsWith("HTTP ", StringComparison.Ordinal)
            && Tekst(e, "RequestPath") == adresse && Tekst(e, "StatusCode") == status.ToString(System.Globalization.CultureInfo.InvariantCulture));
        haendelse.Level.Should().Be(LogEventLevel.Warning);
        Tekst(haendelse, "Bruger").Should().Be(bruger);
        Tekst(haendelse, "Rolle").Should().Be(rolle);
        Tekst(haendelse, "Kommunekode").Should().Be(kommune);
        Tekst(haendelse, "RequestMethod").Should().Be("GET");
    }

    [Fact]
    public async Task An_ordinary_request_is_logged_at_information_without_cookies_or_query()
    {
        var client = await app.KlientAsync(Som.Analytiker);

        using var svar = await client.GetAsync("/kommuner?hemmelig=vaerdi");

        svar.StatusCode.Should().Be(HttpStatusCode.OK);
        var haendelse = await VentPaaAsync(e => Tekst(e, "RequestPath") == "/kommuner");
        haendelse.Level.Should().Be(LogEventLevel.Information);
        Tekst(haendelse, "Bruger").Should().Be(app.Brugere.Analytiker.Email);
        var alt = haendelse.RenderMessage() + string.Join(" ", haendelse.Properties.Values);
        alt.Should().NotContain("hemmelig").And.NotContain("jt.login");
    }

    [Fact]
    public async Task The_CSP_never_echoes_the_Host_header()
    {
        using var client = await app.KlientAsync((Testbruger?)null);
        using var forespoergsel = new HttpRequestMessage(HttpMethod.Get, "/konto/log-ind");
        forespoergsel.Headers.Host = "evil.example";

        using var svar = await client.SendAsync(forespoergsel);

        var csp = svar.Headers.GetValues("Content-Security-Policy").Single();
        csp.Should().NotContain("evil").And.Contain("connect-src 'self';").And.Contain("script-src 'self';");
    }

    private async Task<LogEvent> VentPaaAsync(Func<LogEvent, bool> passer)
    {
        // The request event is written when the response completes, which may be just after the client has it.
        for (var i = 0; i < 50; i++)
        {
            if (app.Log.FirstOrDefault(passer) is { } e) return e;
            await Task.Delay(20);
        }
        throw new Xunit.Sdk.XunitException("The request was not logged. Logged: " + string.Join("\n", app.Log.Select(e => e.RenderMessage()).TakeLast(20)));
    }

    private static string? Tekst(LogEvent e, string navn) =>
        e.Properties.TryGetValue(navn, out var v) ? v is ScalarValue { Value: var x } ? x?.ToString() : v.ToString() : null;
}
