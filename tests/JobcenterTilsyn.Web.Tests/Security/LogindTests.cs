using System.Net;
using JobcenterTilsyn.Data.Identitet;
using JobcenterTilsyn.Domain.Adgang;
using JobcenterTilsyn.Testing;
using JobcenterTilsyn.Web.Security;
using Microsoft.Extensions.DependencyInjection;

namespace JobcenterTilsyn.Web.Tests.Security;

/// <summary>Signing in and out through the real form: lockout, messages, antiforgery, redirects.</summary>
[Collection(VaertCollection.Name)]
public sealed class LogindTests(SikretApp app) : IClassFixture<SikretApp>
{
    [Fact]
    public async Task Five_wrong_passwords_lock_the_account_so_the_right_one_is_refused_too()
    {
        var bruger = await NyBrugerAsync("spaerres@test.dk");
        using var client = await app.KlientAsync((Testbruger?)null);

        for (var i = 0; i < IdentitetsRegler.MaksFejlforsoeg; i++)
        {
            using var forkert = await HttpLogind.PostAsync(client, bruger.Email, "Forkert-Adgangskode-1");
            forkert.StatusCode.Should().Be(HttpStatusCode.OK);
            (await TekstAsync(forkert)).Should().Contain(Logindkontrol.Afvist);
        }
        using var rigtig = await HttpLogind.PostAsync(client, bruger.Email, bruger.Adgangskode);

        rigtig.StatusCode.Should().Be(HttpStatusCode.OK, "a locked account is not signed in");
        (await TekstAsync(rigtig)).Should().Contain(Logindkontrol.Afvist, "a locked account is not told apart from a wrong password");
        (await client.GetAsync("/")).StatusCode.Should().Be(HttpStatusCode.Found);
    }

    [Fact]
    public async Task A_disabled_user_cannot_sign_in()
    {
        var bruger = await NyBrugerAsync("deaktiveret@test.dk");
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var brugere = scope.ServiceProvider.GetRequiredService<Brugeradministration>();
            var id = (await brugere.HentAlleAsync()).Single(b => b.Email == bruger.Email).Id;
            (await brugere.DeaktiverAsync(id)).Lykkedes.Should().BeTrue();
        }
        using var client = await app.KlientAsync((Testbruger?)null);

        using var svar = await HttpLogind.PostAsync(client, bruger.Email, bruger.Adgangskode);

        svar.StatusCode.Should().Be(HttpStatusCode.OK);
        (await TekstAsync(svar)).Should().Contain(Logindkontrol.Afvist);
    }

    [Fact]
    public async Task An_unknown_user_gets_the_same_message_as_a_wrong_password()
    {
        using var client = await app.KlientAsync((Testbruger?)null);

        using var svar = await HttpLogind.PostAsync(client, "findes.ikke@test.dk", "Noget-Helt-Andet-1");

        (await TekstAsync(svar)).Should().Contain(Logindkontrol.Afvist);
    }

    [Fact]
    public async Task Unknown_e_mail_wrong_password_and_locked_account_take_comparable_time()
    {
        var laast = await NyBrugerAsync("laast.tid@test.dk");
        var kendt = await NyBrugerAsync("kendt.tid@test.dk");
        using var client = await app.KlientAsync((Testbruger?)null);
        for (var i = 0; i < IdentitetsRegler.MaksFejlforsoeg; i++) (await HttpLogind.PostAsync(client, laast.Email, "Forkert-Adgangskode-1")).Dispose();

        // Only the POST is timed (the token fetch before it is the same for all); medians over several tries.
        async Task<double> MedianAsync(string email)
        {
            var tider = new List<double>();
            // Fewer tries than lock an account, so the wrong-password account stays unlocked throughout.
            for (var i = 0; i < IdentitetsRegler.MaksFejlforsoeg - 1; i++)
            {
                var token = await HttpLogind.AntiforgeryTokenAsync(client, HttpLogind.Sti);
                var ur = System.Diagnostics.Stopwatch.StartNew();
                using var svar = await client.PostAsync(HttpLogind.Sti, Formular(token, email, "Forkert-Adgangskode-2"));
                tider.Add(ur.Elapsed.TotalMilliseconds);
                (await TekstAsync(svar)).Should().Contain(Logindkontrol.Afvist);
            }
            return tider.Order().ElementAt(tider.Count / 2);
        }
        var forkert = await MedianAsync(kendt.Email);
        var ukendt = await MedianAsync("findes.slet.ikke@test.dk");
        var spaerret = await MedianAsync(laast.Email);

        // Before: 55 ms against 4 ms. Each now verifies one password hash, so none is a fraction of another.
        ukendt.Should().BeGreaterThan(forkert * 0.5, $"unknown {ukendt:0} ms vs wrong password {forkert:0} ms");
        spaerret.Should().BeGreaterThan(forkert * 0.5, $"locked {spaerret:0} ms vs wrong password {forkert:0} ms");
        forkert.Should().BeGreaterThan(Math.Min(ukendt, spaerret) * 0.5);
    }

    [Fact]
    public async Task The_cookie_of_a_signed_out_session_is_refused_when_replayed()
    {
        var bruger = await NyBrugerAsync("genbrug@test.dk");
        using var client = await app.KlientAsync((Testbruger?)null);
        using var logind = await HttpLogind.PostAsync(client, bruger.Email, bruger.Adgangskode);
        logind.StatusCode.Should().Be(HttpStatusCode.Found);
        var cookie = logind.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("jt.login=", StringComparison.Ordinal)).Split(';')[0];
        using var kopi = app.KlientUdenCookies();
        (await HentMedCookieAsync(kopi, cookie)).Should().Be(HttpStatusCode.OK, "the copied cookie works while the session lives");

        var token = await HttpLogind.AntiforgeryTokenAsync(client, "/kommuner");
        using var ud = await client.PostAsync("/konto/log-ud", new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }));
        ud.StatusCode.Should().Be(HttpStatusCode.Redirect);

        (await HentMedCookieAsync(kopi, cookie)).Should().Be(HttpStatusCode.Found, "signing out ends the session on the server, not only in the browser");
    }

    private static async Task<HttpStatusCode> HentMedCookieAsync(HttpClient client, string cookie)
    {
        using var forespoergsel = new HttpRequestMessage(HttpMethod.Get, "/kommuner");
        forespoergsel.Headers.Add("Cookie", cookie);
        using var svar = await client.SendAsync(forespoergsel);
        return svar.StatusCode;
    }

    private static FormUrlEncodedContent Formular(string token, string email, string adgangskode) => new(new Dictionary<string, string>
    {
        ["_handler"] = "log-ind",
        ["__RequestVerificationToken"] = token,
        ["Input.Email"] = email,
        ["Input.Adgangskode"] = adgangskode,
    });

    [Fact]
    public async Task Signing_in_returns_to_the_page_asked_for_but_never_to_another_site()
    {
        using var client = await app.KlientAsync((Testbruger?)null);
        using var hjem = await HttpLogind.PostAsync(client, app.Brugere.Analytiker.Email, app.Brugere.Analytiker.Adgangskode, "/tilsynssager");
        hjem.Headers.Location!.OriginalString.Should().Be("http://localhost/tilsynssager");

        using var andet = await app.KlientAsync((Testbruger?)null);
        using var ude = await HttpLogind.PostAsync(andet, app.Brugere.Analytiker.Email, app.Brugere.Analytiker.Adgangskode, "//evil.example/");
        ude.Headers.Location!.OriginalString.Should().Be("http://localhost/");
    }

    [Fact]
    public async Task The_sign_in_form_is_refused_without_its_antiforgery_token()
    {
        using var client = await app.KlientAsync((Testbruger?)null);

        using var svar = await client.PostAsync(HttpLogind.Sti, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "log-ind",
            ["Input.Email"] = app.Brugere.Admin.Email,
            ["Input.Adgangskode"] = app.Brugere.Admin.Adgangskode,
        }));

        svar.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        svar.Headers.Contains("Set-Cookie").Should().BeFalse();
    }

    [Fact]
    public async Task Signing_out_ends_the_session_and_needs_the_antiforgery_token()
    {
        using var client = await app.KlientAsync(app.Brugere.Analytiker);
        (await client.GetAsync("/kommuner")).StatusCode.Should().Be(HttpStatusCode.OK);

        using var udenToken = await client.PostAsync("/konto/log-ud", new FormUrlEncodedContent(new Dictionary<string, string> { ["returnUrl"] = "kommuner" }));
        udenToken.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await client.GetAsync("/kommuner")).StatusCode.Should().Be(HttpStatusCode.OK, "a forged sign-out changes nothing");

        var token = await HttpLogind.AntiforgeryTokenAsync(client, "/kommuner");
        using var ud = await client.PostAsync("/konto/log-ud", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["returnUrl"] = "kommuner",
        }));

        ud.StatusCode.Should().Be(HttpStatusCode.Redirect);
        ud.Headers.Location!.OriginalString.Should().Be("/konto/log-ind?ReturnUrl=%2Fkommuner");
        (await client.GetAsync("/kommuner")).StatusCode.Should().Be(HttpStatusCode.Found);
    }

    [Fact]
    public async Task Passwords_never_reach_the_log()
    {
        var bruger = await NyBrugerAsync("logges@test.dk");
        using var client = await app.KlientAsync((Testbruger?)null);
        using var forkert = await HttpLogind.PostAsync(client, bruger.Email, "Forkert-Men-Hemmelig-9");
        await HttpLogind.LogIndAsync(client, bruger);

        var alt = string.Join("\n", app.Log.Select(e => e.RenderMessage() + " " + string.Join(" ", e.Properties.Values)));
        alt.Should().Contain(bruger.Email).And.NotContain(bruger.Adgangskode).And.NotContain("Forkert-Men-Hemmelig-9");
    }

    private static async Task<string> TekstAsync(HttpResponseMessage svar) => WebUtility.HtmlDecode(await svar.Content.ReadAsStringAsync());

    private async Task<Testbruger> NyBrugerAsync(string email)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var adgangskode = Adgangskoder.Ny();
        var r = await scope.ServiceProvider.GetRequiredService<Brugeradministration>().OpretAsync(email, null, Rolle.Analytiker, null, adgangskode);
        r.Lykkedes.Should().BeTrue();
        return new Testbruger(email, Rolle.Analytiker, null, adgangskode);
    }
}
