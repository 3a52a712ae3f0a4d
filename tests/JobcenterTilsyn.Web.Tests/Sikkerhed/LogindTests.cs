using System.Net;
using JobcenterTilsyn.Data.Identitet;
using JobcenterTilsyn.Domain.Adgang;
using JobcenterTilsyn.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace JobcenterTilsyn.Web.Tests.Sikkerhed;

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
            (await TekstAsync(forkert)).Should().Contain(i < IdentitetsRegler.MaksFejlforsoeg - 1 ? "Forkert e-mail eller adgangskode." : "Kontoen er spærret");
        }
        using var rigtig = await HttpLogind.PostAsync(client, bruger.Email, bruger.Adgangskode);

        rigtig.StatusCode.Should().Be(HttpStatusCode.OK, "a locked account is not signed in");
        (await TekstAsync(rigtig)).Should().Contain("Kontoen er spærret");
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

        (await TekstAsync(svar)).Should().Contain("Kontoen er spærret");
    }

    [Fact]
    public async Task An_unknown_user_gets_the_same_message_as_a_wrong_password()
    {
        using var client = await app.KlientAsync((Testbruger?)null);

        using var svar = await HttpLogind.PostAsync(client, "findes.ikke@test.dk", "Noget-Helt-Andet-1");

        (await TekstAsync(svar)).Should().Contain("Forkert e-mail eller adgangskode.");
    }

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
