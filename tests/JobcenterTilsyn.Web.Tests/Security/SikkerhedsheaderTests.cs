using System.Net;

namespace JobcenterTilsyn.Web.Tests.Security;

[Collection(VaertCollection.Name)]
public sealed class SikkerhedsheaderTests(SikretApp app) : IClassFixture<SikretApp>
{
    [Theory]
    [InlineData("/konto/log-ind")]
    [InlineData("/health")]
    [InlineData("/")]
    [InlineData("/findes-ikke")]
    public async Task Every_response_carries_the_security_headers(string adresse)
    {
        using var client = await app.KlientAsync((JobcenterTilsyn.Testing.Testbruger?)null);

        using var svar = await client.GetAsync(adresse);

        var csp = svar.Headers.GetValues("Content-Security-Policy").Single();
        csp.Should().Contain("default-src 'self'").And.Contain("script-src 'self';").And.Contain("style-src 'self' 'unsafe-inline'")
            .And.Contain("img-src 'self' data:").And.Contain("connect-src 'self';").And.Contain("frame-ancestors 'none'")
            .And.NotContain("unsafe-eval");
        svar.Headers.GetValues("X-Content-Type-Options").Should().Equal("nosniff");
        svar.Headers.GetValues("X-Frame-Options").Should().Equal("DENY");
        svar.Headers.GetValues("Referrer-Policy").Should().Equal("strict-origin-when-cross-origin");
    }

    [Fact]
    public async Task The_sign_in_cookie_is_http_only_and_same_site_strict()
    {
        using var client = await app.KlientAsync((JobcenterTilsyn.Testing.Testbruger?)null);

        using var svar = await JobcenterTilsyn.Testing.HttpLogind.PostAsync(client, app.Brugere.Admin.Email, app.Brugere.Admin.Adgangskode);

        svar.StatusCode.Should().Be(HttpStatusCode.Found);
        var cookie = svar.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("jt.login=", StringComparison.Ordinal));
        cookie.Should().Contain("httponly").And.Contain("samesite=strict");
    }

    [Fact]
    public async Task Static_assets_and_the_sign_in_page_need_no_sign_in()
    {
        using var client = await app.KlientAsync((JobcenterTilsyn.Testing.Testbruger?)null);

        (await client.GetAsync("/app.css")).StatusCode.Should().Be(HttpStatusCode.OK);
        (await client.GetAsync("/_framework/blazor.web.js")).StatusCode.Should().Be(HttpStatusCode.OK);
        (await client.GetAsync("/_content/MudBlazor/MudBlazor.min.css")).StatusCode.Should().Be(HttpStatusCode.OK);
    }
}
