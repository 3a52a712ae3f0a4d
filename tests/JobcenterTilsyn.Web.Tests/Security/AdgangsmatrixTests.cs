using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using JobcenterTilsyn.Testing;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Serilog.Events;

namespace JobcenterTilsyn.Web.Tests.Security;

/// <summary>rules.md §10 enforced on the server: every role against every page, API and download, with real sign-in cookies.</summary>
[Collection(VaertCollection.Name)]
public sealed class AdgangsmatrixTests(SikretApp app) : IClassFixture<SikretApp>
{
    public static TheoryData<string, Som> Celler()
    {
        var data = new TheoryData<string, Som>();
        foreach (var raekke in Adgangsmatrix.Raekker)
        foreach (var som in Enum.GetValues<Som>())
            data.Add(raekke.Skabelon, som);
        return data;
    }

    [Theory]
    [MemberData(nameof(Celler))]
    public async Task Every_role_gets_what_rules_section_10_allows(string skabelon, Som som)
    {
        var raekke = Adgangsmatrix.Raekker.Single(r => r.Skabelon == skabelon);
        var forventet = raekke.Forventninger[(int)som];
        var client = await app.KlientAsync(som);

        using var svar = await client.GetAsync(raekke.Adresse(app));

        svar.StatusCode.Should().Be(forventet.Status, $"{som} GET {raekke.Adresse(app)}");
        if (forventet.Til is { } til)
        {
            svar.Headers.Location!.OriginalString.Should().StartWith("http://localhost" + til);
        }
    }

    [Fact]
    public void Every_page_and_endpoint_is_in_the_matrix()
    {
        var sider = typeof(Program).Assembly.GetTypes()
            .SelectMany(t => t.GetCustomAttributes(typeof(RouteAttribute), inherit: false).Cast<RouteAttribute>())
            .Select(r => r.Template);
        var endepunkter = app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Select(e => "/" + e.RoutePattern.RawText!.Trim('/'))
            .Where(p => p.StartsWith("/api", StringComparison.Ordinal) || p.StartsWith("/konto", StringComparison.Ordinal) || p.Contains("bilag"));
        var daekket = Adgangsmatrix.Raekker.Select(r => r.Skabelon).Concat(Adgangsmatrix.DaekketAndetSted).ToHashSet();

        sider.Concat(endepunkter).Distinct().Where(s => !daekket.Contains(s))
            .Should().BeEmpty("every page and endpoint needs a row in Adgangsmatrix saying what each role gets");
    }

    [Fact]
    public async Task A_manager_opening_another_kommunes_case_is_logged_as_a_warning_with_user_and_kommune()
    {
        var client = await app.KlientAsync(Som.AndenChef);

        (await client.GetAsync($"/tilsynssager/{app.SagId}")).StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await client.GetAsync($"/api/v1/cases/{app.SagId}")).StatusCode.Should().Be(HttpStatusCode.Forbidden);

        // Other tests of this class share the app and its log (the matrix has the other manager refused too): look at this user's.
        var advarsler = app.Log.Where(e => e.Level == LogEventLevel.Warning && e.MessageTemplate.Text.StartsWith("Access denied")
            && e.Properties.ContainsKey("SagensKommunekode")
            && e.Properties.TryGetValue("Bruger", out var bruger) && bruger.ToString().Contains(app.Brugere.AndenChef.Email)).ToList();
        advarsler.Should().HaveCountGreaterThanOrEqualTo(2);
        advarsler.Should().AllSatisfy(e =>
        {
            e.Properties["Bruger"].ToString().Should().Contain(app.Brugere.AndenChef.Email);
            e.Properties["Kommunekode"].ToString().Should().Be(Testbrugere.AndenKommune.ToString());
            e.Properties["SagensKommunekode"].ToString().Should().Be(Testbrugere.ChefensKommune.ToString());
        });
    }

    [Fact]
    public async Task A_manager_lists_only_the_own_kommunes_cases_and_the_others_see_all()
    {
        foreach (var (som, forventet) in new[] { (Som.Chef, new[] { app.SagId }), (Som.AndenChef, [app.AndenSagId]), (Som.Analytiker, [app.SagId, app.AndenSagId]) })
        {
            var client = await app.KlientAsync(som);
            var sager = (await client.GetFromJsonAsync<JsonElement>("/api/v1/cases")).GetProperty("items").EnumerateArray();
            sager.Select(s => s.GetProperty("id").GetInt64()).Should().BeEquivalentTo(forventet, $"{som} via the API");

            var html = await client.GetStringAsync("/tilsynssager");
            foreach (var id in new[] { app.SagId, app.AndenSagId })
                html.Contains($"href=\"tilsynssager/{id}\"").Should().Be(forventet.Contains(id), $"{som} on the page, case {id}");
        }
    }

    [Fact]
    public async Task An_unknown_case_is_404_for_everyone_signed_in()
    {
        foreach (var som in new[] { Som.Analytiker, Som.Chef, Som.Admin })
        {
            var client = await app.KlientAsync(som);
            (await client.GetAsync("/tilsynssager/987654321")).StatusCode.Should().Be(HttpStatusCode.NotFound);
            (await client.GetAsync("/api/v1/cases/987654321")).StatusCode.Should().Be(HttpStatusCode.NotFound);
        }
    }

    [Fact]
    public async Task An_attachment_downloads_as_a_pdf_file_and_never_inline()
    {
        var client = await app.KlientAsync(Som.Chef);

        using var svar = await client.GetAsync($"/tilsynssager/{app.SagId}/bilag/{app.BilagId}");

        svar.Content.Headers.ContentType!.MediaType.Should().Be("application/pdf");
        svar.Content.Headers.ContentDisposition!.DispositionType.Should().Be("attachment");
        svar.Content.Headers.ContentDisposition.FileName.Should().Contain("redegoerelse.pdf");
        svar.Headers.GetValues("X-Content-Type-Options").Should().Equal("nosniff");
        (await svar.Content.ReadAsByteArrayAsync()).Should().Equal(SikretApp.Pdf);
        (await client.GetAsync($"/tilsynssager/{app.AndenSagId}/bilag/{app.BilagId}")).StatusCode
            .Should().Be(HttpStatusCode.Forbidden, "the manager may not see the other case, whatever attachment id is asked for");
    }

    [Theory]
    [InlineData(Som.Analytiker, new[] { "", "kommuner", "benchmark", "udpegning", "tilsynssager" }, new[] { "import", "administration" })]
    [InlineData(Som.Chef, new[] { "", "kommuner", "benchmark", "udpegning", "tilsynssager" }, new[] { "import", "administration" })]
    [InlineData(Som.Admin, new[] { "", "kommuner", "benchmark", "udpegning", "tilsynssager", "import", "administration" }, new string[0])]
    public async Task The_menu_shows_only_the_links_the_role_may_use(Som som, string[] synlige, string[] skjulte)
    {
        var client = await app.KlientAsync(som);

        var html = await client.GetStringAsync("/kommuner");

        foreach (var href in synlige) html.Should().Contain($"href=\"{href}\"");
        foreach (var href in skjulte) html.Should().NotContain($"href=\"{href}\"");
    }

    [Fact]
    public async Task An_unknown_address_gives_a_danish_404_page_when_signed_in()
    {
        var client = await app.KlientAsync(Som.Analytiker);

        var svar = await client.GetAsync("/findes-ikke");

        svar.StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await svar.Content.ReadAsStringAsync()).Should().Contain("<html lang=\"da\">").And.Contain("Siden findes ikke");
    }

    [Fact]
    public async Task A_forbidden_page_shows_the_danish_no_access_page()
    {
        var client = await app.KlientAsync(Som.Analytiker);

        var svar = await client.GetAsync("/administration/brugere");

        svar.StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await svar.Content.ReadAsStringAsync()).Should().Contain("Ingen adgang").And.Contain("<html lang=\"da\">");
    }

    [Fact]
    public async Task A_link_from_the_designation_opens_the_case_form_filled_in_for_administrators_only()
    {
        var admin = await app.KlientAsync(Som.Admin);
        var html = WebUtility.HtmlDecode(await admin.GetStringAsync("/tilsynssager?kommune=101&aar=2025"));
        html.Should().Contain("data-testid=\"aabn-sag-formular\"").And.Contain("101 København").And.Contain("Udpegning 2025");

        var analytiker = await app.KlientAsync(Som.Analytiker);
        (await analytiker.GetStringAsync("/tilsynssager?kommune=101&aar=2025")).Should().NotContain("aabn-sag-formular");
    }
}
