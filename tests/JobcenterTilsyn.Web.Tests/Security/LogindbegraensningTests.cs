using System.Net;
using JobcenterTilsyn.Testing;
using Microsoft.AspNetCore.Hosting;

namespace JobcenterTilsyn.Web.Tests.Security;

/// <summary>The app with low sign-in limits and one trusted proxy (10.9.9.9), as configuration sets them.</summary>
public sealed class StrengApp : SikretApp
{
    public const string Proxy = "10.9.9.9";

    protected override void Konfigurer(IWebHostBuilder host) => host
        .UseSetting("Logind:Begraensning:PrIp", "3")
        .UseSetting("Logind:Begraensning:PrKonto", "4")
        .UseSetting("Logind:Begraensning:Vindue", "00:10:00")
        .UseSetting("ForwardedHeaders:KnownProxies", Proxy);
}

/// <summary>Sign-in rate limiting per client IP and per account, and forwarded headers believed from the configured proxy only.</summary>
[Collection(VaertCollection.Name)]
public sealed class LogindbegraensningTests(StrengApp app) : IClassFixture<StrengApp>
{
    [Fact]
    public async Task A_client_IP_gets_429_with_Retry_After_after_its_attempts_while_another_IP_may_still_try()
    {
        using var klient = await KlientFraAsync("10.1.0.1");
        for (var i = 0; i < 3; i++)
        {
            using var forsoeg = await HttpLogind.PostAsync(klient, $"ip.{i}@test.dk", "Forkert-Adgangskode-1");
            forsoeg.StatusCode.Should().Be(HttpStatusCode.OK);
        }

        using var afvist = await HttpLogind.PostAsync(klient, app.Brugere.Analytiker.Email, app.Brugere.Analytiker.Adgangskode);

        afvist.StatusCode.Should().Be(HttpStatusCode.TooManyRequests, "even the right password waits: the limit comes before the check");
        afvist.Headers.RetryAfter!.Delta!.Value.Should().BePositive().And.BeLessThanOrEqualTo(TimeSpan.FromMinutes(10));
        (await afvist.Content.ReadAsStringAsync()).Should().Contain("For mange forsøg");
        afvist.Headers.Contains("Set-Cookie").Should().BeFalse();
        using var anden = await KlientFraAsync("10.1.0.2");
        (await HttpLogind.PostAsync(anden, "ip.x@test.dk", "Forkert-Adgangskode-1")).StatusCode.Should().Be(HttpStatusCode.OK);
        app.Log.Should().Contain(e => e.MessageTemplate.Text.StartsWith("Sign-in attempt refused by rate limiting", StringComparison.Ordinal));
    }

    [Fact]
    public async Task One_account_gets_429_after_its_attempts_from_all_addresses_together()
    {
        var email = "maal.for.angreb@test.dk";
        for (var i = 1; i <= 4; i++)
        {
            using var klient = await KlientFraAsync($"10.2.0.{i}");
            using var forsoeg = await HttpLogind.PostAsync(klient, email, "Forkert-Adgangskode-1");
            forsoeg.StatusCode.Should().Be(HttpStatusCode.OK);
        }
        using var femte = await KlientFraAsync("10.2.0.5");

        using var afvist = await HttpLogind.PostAsync(femte, email.ToUpperInvariant(), "Forkert-Adgangskode-1");

        afvist.StatusCode.Should().Be(HttpStatusCode.TooManyRequests, "the e-mail is the account whatever its case");
        (await HttpLogind.PostAsync(femte, "en.anden@test.dk", "Forkert-Adgangskode-1")).StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Behind_the_configured_proxy_the_cookie_is_Secure_and_the_forwarded_client_is_the_one_limited()
    {
        using var klient = await KlientFraAsync(StrengApp.Proxy);
        klient.DefaultRequestHeaders.Add("X-Forwarded-Proto", "https");
        klient.DefaultRequestHeaders.Add("X-Forwarded-For", "10.3.0.1");

        using var logind = await HttpLogind.PostAsync(klient, app.Brugere.Chef.Email, app.Brugere.Chef.Adgangskode);

        logind.StatusCode.Should().Be(HttpStatusCode.Found);
        logind.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("jt.login=", StringComparison.Ordinal))
            .Should().ContainEquivalentOf("; secure");
        // Two more from this forwarded client, then it is limited while another client behind the same proxy is not.
        for (var i = 0; i < 2; i++) (await HttpLogind.PostAsync(klient, "proxy@test.dk", "Forkert-Adgangskode-1")).Dispose();
        (await HttpLogind.PostAsync(klient, "proxy@test.dk", "Forkert-Adgangskode-1")).StatusCode.Should().Be(HttpStatusCode.TooManyRequests);
        using var anden = await KlientFraAsync(StrengApp.Proxy);
        anden.DefaultRequestHeaders.Add("X-Forwarded-For", "10.3.0.2");
        (await HttpLogind.PostAsync(anden, "proxy.2@test.dk", "Forkert-Adgangskode-1")).StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Forwarded_headers_from_anyone_else_are_ignored()
    {
        using var klient = await KlientFraAsync("10.4.0.4");
        klient.DefaultRequestHeaders.Add("X-Forwarded-Proto", "https");
        klient.DefaultRequestHeaders.Add("X-Forwarded-For", "10.4.0.5");

        using var logind = await HttpLogind.PostAsync(klient, app.Brugere.Analytiker.Email, app.Brugere.Analytiker.Adgangskode);

        logind.StatusCode.Should().Be(HttpStatusCode.Found);
        logind.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("jt.login=", StringComparison.Ordinal))
            .Should().NotContainEquivalentOf("secure");
    }

    private async Task<HttpClient> KlientFraAsync(string ip)
    {
        var klient = await app.KlientAsync((Testbruger?)null);
        klient.DefaultRequestHeaders.Add(SikretApp.KlientIpHeader, ip);
        return klient;
    }
}
