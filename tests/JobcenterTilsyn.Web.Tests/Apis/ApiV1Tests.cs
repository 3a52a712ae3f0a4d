using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using JobcenterTilsyn.Cli;
using JobcenterTilsyn.Data.ApiNoegler;
using JobcenterTilsyn.Data.Entities;
using JobcenterTilsyn.Domain.Adgang;
using JobcenterTilsyn.Testing;
using JobcenterTilsyn.Web.Tests.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;

namespace JobcenterTilsyn.Web.Tests.Apis;

/// <summary>
/// The JSON API of docs/api.md over a real database: paging, discretion, problem details, and API keys that get
/// exactly what a signed-in user of the key's role gets.
/// </summary>
[Collection(VaertCollection.Name)]
public sealed class ApiV1Tests(SikretApp app) : IClassFixture<SikretApp>, IAsyncLifetime
{
    private static readonly DateTimeOffset Beregnet = new(2026, 1, 5, 12, 0, 0, TimeSpan.Zero);

    public async Task InitializeAsync()
    {
        await using var db = app.Database.CreateContext();
        if (await db.Set<MaalresultatEntity>().AnyAsync()) return;
        foreach (var kode in new short[] { 101, 147, 851 })
        {
            for (short maal = 0; maal < 4; maal++)
            {
                // København's goal A rests on 3 of 10 persons: the numerator is under 5, the denominator is not.
                // Frederiksberg's goal B on 2 of 4: everything hidden from non-administrators.
                var (taeller, naevner) = (kode, maal) switch { (101, 0) => (3, 10), (147, 1) => (2, 4), _ => (70 + maal, 100) };
                db.Add(new MaalresultatEntity
                {
                    Maaned = new DateOnly(2025, 6, 1), Kommunekode = kode, Maal = maal, Taeller = taeller, Naevner = naevner,
                    Graense = maal switch { 0 => 0.7, 1 => 0.8, _ => null }, Regelsaet = "OEVO-2024", Beregnet = Beregnet,
                });
            }
            foreach (short omraade in new short[] { 0, 1 })
            {
                db.Add(new BenchmarkResultatEntity
                {
                    PeriodeFra = new DateOnly(2025, 1, 1), PeriodeTil = new DateOnly(2025, 12, 31), Omraade = omraade, Kommunekode = kode,
                    Fuldtidspersoner = 1234.5, Befolkning = 100000, FaktiskAndel = 0.012345, ForventetAndel = 0.01, Residual = 0.002345,
                    Rang = kode == 101 ? 1 : 2, Klynge = 1, LaerAf = [147], Beregnet = Beregnet,
                });
            }
        }
        foreach (short omraade in new short[] { 0, 1 })
        {
            db.Add(new BenchmarkModelEntity
            {
                PeriodeFra = new DateOnly(2025, 1, 1), PeriodeTil = new DateOnly(2025, 12, 31), Omraade = omraade,
                Variabler = ["(intercept)", "ledighed"], Koefficienter = [0.01, 0.5], Standardfejl = [0.001, 0.05], RKvadrat = 0.62, N = 98,
                Beregnet = Beregnet,
            });
        }
        // One rolling period with its intervals, beside the calendar year.
        db.Add(new BenchmarkResultatEntity
        {
            PeriodeFra = new DateOnly(2024, 7, 1), PeriodeTil = new DateOnly(2025, 6, 30), Omraade = 0, Kommunekode = 101,
            Fuldtidspersoner = 1200, Befolkning = 100000, FaktiskAndel = 0.012, ForventetAndel = 0.01, Residual = 0.002,
            ResidualLav = 0.001, ResidualHoej = 0.003, Rang = 81, RangLav = 72, RangHoej = 90, Klynge = 1, LaerAf = [147], Beregnet = Beregnet,
        });
        await db.SaveChangesAsync();
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Page_2_of_the_kommuner_holds_the_next_ten_and_the_total_count()
    {
        var client = await app.KlientAsync(Som.Analytiker);

        var side = await client.GetFromJsonAsync<JsonElement>("/api/v1/municipalities?page=2&page_size=10");

        side.GetProperty("page").GetInt32().Should().Be(2);
        side.GetProperty("page_size").GetInt32().Should().Be(10);
        side.GetProperty("total_count").GetInt32().Should().Be(98);
        await using var db = app.Database.CreateContext();
        var forventet = await db.Kommuner.OrderBy(k => k.Kommunekode).Skip(10).Take(10).Select(k => k.Kommunekode).ToListAsync();
        side.GetProperty("items").EnumerateArray().Select(k => (short)k.GetProperty("kommunekode").GetInt32()).Should().Equal(forventet);
    }

    [Theory]
    [InlineData("/api/v1/municipalities?page_size=201", "page_size")]
    [InlineData("/api/v1/municipalities?page_size=0", "page_size")]
    [InlineData("/api/v1/municipalities?page=0", "page")]
    [InlineData("/api/v1/cases?page=abc", "page")]
    [InlineData("/api/v1/measures?month=2025-13", "month")]
    [InlineData("/api/v1/measures", "month")]
    [InlineData("/api/v1/measures?month=2025-06&kommunekode=12x", "kommunekode")]
    [InlineData("/api/v1/benchmark?year=25", "year")]
    [InlineData("/api/v1/benchmark?year=2025&omraade=alt", "omraade")]
    [InlineData("/api/v1/benchmark/model", "year")]
    [InlineData("/api/v1/benchmark?period=2024-07..2025-05", "period")]
    [InlineData("/api/v1/benchmark?year=2025&period=2024-07..2025-06", "period")]
    [InlineData("/api/v1/designation?year=2025&page_size=1000", "page_size")]
    public async Task A_malformed_or_out_of_range_parameter_is_a_400_problem_naming_it(string url, string parameter)
    {
        var client = await app.KlientAsync(Som.Analytiker);

        using var svar = await client.GetAsync(url);

        svar.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        svar.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
        var problem = await svar.Content.ReadFromJsonAsync<JsonElement>();
        problem.GetProperty("status").GetInt32().Should().Be(400);
        problem.GetProperty("errors").TryGetProperty(parameter, out _).Should().BeTrue($"the problem names '{parameter}'");
        problem.GetProperty("detail").GetString().Should().Contain($"'{parameter}'");
    }

    [Theory]
    [InlineData("/api/v1/measures?month=2019-01")]
    [InlineData("/api/v1/measures?month=2025-06&kommunekode=999")]
    [InlineData("/api/v1/benchmark?year=2019")]
    [InlineData("/api/v1/benchmark/model?year=2019")]
    [InlineData("/api/v1/designation?year=2019")]
    [InlineData("/api/v1/cases/987654321")]
    [InlineData("/api/v1/findes-ikke")]
    public async Task What_is_not_computed_or_does_not_exist_is_a_404_problem(string url)
    {
        var client = await app.KlientAsync(Som.Analytiker);

        using var svar = await client.GetAsync(url);

        svar.StatusCode.Should().Be(HttpStatusCode.NotFound);
        svar.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
        (await svar.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetInt32().Should().Be(404);
    }

    [Fact]
    public async Task Unauthenticated_and_forbidden_calls_are_problems_too()
    {
        using var anonym = await app.KlientAsync((Testbruger?)null);
        using var ukendt = await anonym.GetAsync("/api/v1/municipalities");
        ukendt.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        ukendt.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");

        var andenChef = await app.KlientAsync(Som.AndenChef);
        using var forbudt = await andenChef.GetAsync($"/api/v1/cases/{app.SagId}");
        forbudt.StatusCode.Should().Be(HttpStatusCode.Forbidden);
        forbudt.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
    }

    [Fact]
    public async Task An_analyst_gets_null_and_a_flag_for_counts_under_5_and_an_administrator_the_numbers()
    {
        var analytiker = await app.KlientAsync(Som.Analytiker);
        var admin = await app.KlientAsync(Som.Admin);

        var skjult = Maal(await analytiker.GetFromJsonAsync<JsonElement>("/api/v1/measures?month=2025-06&kommunekode=101"), "A_tilbud_12m");
        skjult.GetProperty("taeller").ValueKind.Should().Be(JsonValueKind.Null);
        skjult.GetProperty("naevner").GetInt32().Should().Be(10);
        skjult.GetProperty("skjult").GetBoolean().Should().BeTrue();
        var aaben = Maal(await admin.GetFromJsonAsync<JsonElement>("/api/v1/measures?month=2025-06&kommunekode=101"), "A_tilbud_12m");
        aaben.GetProperty("taeller").GetInt32().Should().Be(3);
        aaben.GetProperty("skjult").GetBoolean().Should().BeFalse();

        var alt = Maal(await analytiker.GetFromJsonAsync<JsonElement>("/api/v1/measures?month=2025-06&kommunekode=147"), "B_tidlig_indsats");
        foreach (var felt in new[] { "taeller", "naevner", "andel", "opfyldt" })
            alt.GetProperty(felt).ValueKind.Should().Be(JsonValueKind.Null, $"{felt} rests on a denominator of 4");
        alt.GetProperty("maal_graense").GetDouble().Should().Be(0.8);
        var adminAlt = Maal(await admin.GetFromJsonAsync<JsonElement>("/api/v1/measures?month=2025-06&kommunekode=147"), "B_tidlig_indsats");
        adminAlt.GetProperty("andel").GetDouble().Should().Be(0.5);
        adminAlt.GetProperty("opfyldt").GetBoolean().Should().BeFalse();
    }

    [Fact]
    public async Task Measures_of_all_kommuner_are_paged_by_kommune_then_goal()
    {
        var client = await app.KlientAsync(Som.Analytiker);

        var side = await client.GetFromJsonAsync<JsonElement>("/api/v1/measures?month=2025-06&page=2&page_size=5");

        side.GetProperty("total_count").GetInt32().Should().Be(12);
        side.GetProperty("items").EnumerateArray().Select(i => $"{i.GetProperty("kommunekode").GetInt32()}:{i.GetProperty("maal").GetString()![0]}")
            .Should().Equal("147:B", "147:C", "147:D", "851:A", "851:B");
    }

    [Fact]
    public async Task The_benchmark_and_its_models_are_served_per_kommune_and_omraade()
    {
        var client = await app.KlientAsync(Som.Chef);

        var side = await client.GetFromJsonAsync<JsonElement>("/api/v1/benchmark?year=2025&omraade=dagpenge");
        side.GetProperty("total_count").GetInt32().Should().Be(3);
        var foerste = side.GetProperty("items")[0];
        foerste.GetProperty("omraade").GetString().Should().Be("dagpenge");
        foerste.GetProperty("residual").GetDouble().Should().Be(0.002345);
        foerste.GetProperty("laer_af").EnumerateArray().Select(k => k.GetInt32()).Should().Equal(147);
        (await client.GetFromJsonAsync<JsonElement>("/api/v1/benchmark?year=2025")).GetProperty("total_count").GetInt32().Should().Be(6);

        var modeller = await client.GetFromJsonAsync<JsonElement>("/api/v1/benchmark/model?year=2025");
        var alle = modeller.GetProperty("modeller")[0];
        alle.GetProperty("omraade").GetString().Should().Be("alle");
        alle.GetProperty("r_kvadrat").GetDouble().Should().Be(0.62);
        alle.GetProperty("n").GetInt32().Should().Be(98);
        alle.GetProperty("koefficienter")[1].GetProperty("estimat").GetDouble().Should().Be(0.5);
        alle.GetProperty("koefficienter")[1].GetProperty("standardfejl").GetDouble().Should().Be(0.05);
    }

    [Fact]
    public async Task A_rolling_period_is_served_with_its_intervals()
    {
        var client = await app.KlientAsync(Som.Analytiker);

        var side = await client.GetFromJsonAsync<JsonElement>("/api/v1/benchmark?period=2024-07..2025-06");

        side.GetProperty("total_count").GetInt32().Should().Be(1);
        var raekke = side.GetProperty("items")[0];
        raekke.GetProperty("aar").GetString().Should().Be("2024-07..2025-06", "aar as the benchmark export writes it");
        raekke.GetProperty("rang").GetInt32().Should().Be(81);
        raekke.GetProperty("rang_lav").GetInt32().Should().Be(72);
        raekke.GetProperty("rang_hoej").GetInt32().Should().Be(90);
        raekke.GetProperty("residual_lav").GetDouble().Should().Be(0.001);
        (await client.GetFromJsonAsync<JsonElement>("/api/v1/benchmark?year=2025")).GetProperty("items")[0]
            .GetProperty("aar").GetString().Should().Be("2025");
    }

    [Fact]
    public async Task The_designation_shows_pooled_zeros_to_non_administrators()
    {
        // The fixture's designation rows have A and B of 0 of 0: 0 describes nobody and is shown (rules.md §10).
        var analytiker = await app.KlientAsync(Som.Analytiker);
        var raekke = (await analytiker.GetFromJsonAsync<JsonElement>("/api/v1/designation?year=2025&kommunekode=101")).GetProperty("items")[0];
        raekke.GetProperty("kategori").GetString().Should().Be("udpeget");
        raekke.GetProperty("a").GetProperty("naevner").GetInt32().Should().Be(0);
        raekke.GetProperty("a").GetProperty("skjult").GetBoolean().Should().BeFalse();

        var admin = await app.KlientAsync(Som.Admin);
        (await admin.GetFromJsonAsync<JsonElement>("/api/v1/designation?year=2025&kommunekode=101")).GetProperty("items")[0]
            .GetProperty("a").GetProperty("naevner").GetInt32().Should().Be(0);
    }

    [Fact]
    public async Task A_manager_lists_only_the_own_case_and_reads_it()
    {
        var chef = await app.KlientAsync(Som.Chef);

        var side = await chef.GetFromJsonAsync<JsonElement>("/api/v1/cases");
        side.GetProperty("total_count").GetInt32().Should().Be(1);
        side.GetProperty("items")[0].GetProperty("id").GetInt64().Should().Be(app.SagId);
        var sag = await chef.GetFromJsonAsync<JsonElement>($"/api/v1/cases/{app.SagId}");
        sag.GetProperty("sag").GetProperty("kommunekode").GetInt32().Should().Be(Testbrugere.ChefensKommune);
        sag.GetProperty("historik").GetArrayLength().Should().BeGreaterThan(0);
        sag.GetProperty("historik")[0].GetProperty("til").GetString().Should().Be("aabnet", "the first state is 'aabnet' whatever the designation");
        sag.GetProperty("historik")[0].GetProperty("trin").GetString().Should().Be("aabning");
        sag.GetProperty("sag").GetProperty("frister")[0].GetProperty("status").GetString().Should().BeOneOf("aaben", "opfyldt");
    }

    [Fact]
    public async Task An_api_key_authenticates_as_its_role_by_bearer_or_header_and_a_revoked_key_is_401()
    {
        var (id, noegle) = await OpretNoegleAsync("analyse-script", Rolle.Analytiker, null);
        using var client = await app.KlientAsync((Testbruger?)null);

        (await Hent(client, "/api/v1/municipalities", bearer: noegle)).StatusCode.Should().Be(HttpStatusCode.OK);
        (await Hent(client, "/api/v1/municipalities", header: noegle)).StatusCode.Should().Be(HttpStatusCode.OK);
        var skjult = Maal(await (await Hent(client, "/api/v1/measures?month=2025-06&kommunekode=101", bearer: noegle)).Content.ReadFromJsonAsync<JsonElement>(), "A_tilbud_12m");
        skjult.GetProperty("taeller").ValueKind.Should().Be(JsonValueKind.Null, "an analyst's key gets the analyst's discretion");
        (await Hent(client, "/api/measures?month=2025-06", bearer: noegle)).StatusCode.Should().Be(HttpStatusCode.Forbidden, "the exact exports are for administrators");

        await using (var db = app.Database.CreateContext())
        {
            (await ApiNoegleStore.TilbagekaldAsync(db, id, "admin@test.dk", DateTimeOffset.UtcNow)).Should().BeTrue();
        }
        using var tilbagekaldt = await Hent(client, "/api/v1/municipalities", bearer: noegle);
        tilbagekaldt.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        tilbagekaldt.Headers.WwwAuthenticate.ToString().Should().Contain("Bearer");
        tilbagekaldt.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
        (await Hent(client, "/api/v1/municipalities", bearer: "jt_ikke-en-rigtig-noegle")).StatusCode.Should().Be(HttpStatusCode.Unauthorized);

        app.Log.Select(e => e.RenderMessage() + string.Join(" ", e.Properties.Values)).Should().NotContain(l => l.Contains(noegle), "keys are never logged");
    }

    [Fact]
    public async Task A_managers_key_reads_the_own_kommunes_case_and_gets_403_on_another()
    {
        var (_, noegle) = await OpretNoegleAsync("chef-script", Rolle.Jobcenterchef, Testbrugere.AndenKommune);
        using var client = await app.KlientAsync((Testbruger?)null);

        (await Hent(client, $"/api/v1/cases/{app.AndenSagId}", bearer: noegle)).StatusCode.Should().Be(HttpStatusCode.OK);
        using var forbudt = await Hent(client, $"/api/v1/cases/{app.SagId}", bearer: noegle);
        forbudt.StatusCode.Should().Be(HttpStatusCode.Forbidden);
        forbudt.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
        var side = await (await Hent(client, "/api/v1/cases", bearer: noegle)).Content.ReadFromJsonAsync<JsonElement>();
        side.GetProperty("items").EnumerateArray().Select(s => s.GetProperty("id").GetInt64()).Should().Equal(app.AndenSagId);
        app.Log.Should().Contain(e => e.MessageTemplate.Text.StartsWith("Access denied") && e.Properties["Bruger"].ToString().Contains("chef-script"));
    }

    [Fact]
    public async Task A_key_signs_in_nothing_but_the_api()
    {
        var (_, noegle) = await OpretNoegleAsync("admin-script", Rolle.Administrator, null);
        using var client = await app.KlientAsync((Testbruger?)null);

        using var side = await Hent(client, "/administration", bearer: noegle);

        side.StatusCode.Should().Be(HttpStatusCode.Found, "pages take the sign-in cookie only");
        (await Hent(client, "/api/v1/measures?month=2025-06&kommunekode=101", bearer: noegle)).StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Keys_are_stored_only_as_their_sha256_and_record_when_they_were_used()
    {
        var (id, noegle) = await OpretNoegleAsync("hash-check", Rolle.Analytiker, null);
        using var client = await app.KlientAsync((Testbruger?)null);
        (await Hent(client, "/api/v1/municipalities", bearer: noegle)).StatusCode.Should().Be(HttpStatusCode.OK);

        await using var db = app.Database.CreateContext();
        var raekke = await db.Set<ApiNoegleEntity>().AsNoTracking().SingleAsync(n => n.Id == id);
        raekke.Hash.Should().Be(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(noegle))));
        raekke.SidstBrugt.Should().NotBeNull();
        var tekst = await db.Database.SqlQueryRaw<string>("SELECT row_to_json(n)::text AS \"Value\" FROM api_noegle n WHERE id = {0}", id).SingleAsync();
        tekst.Should().NotContain(noegle).And.Contain(raekke.Hash);
        noegle.Should().NotContain(raekke.Hash);
    }

    [Fact]
    public async Task The_cli_creates_a_key_that_works_and_prints_it_once()
    {
        var stdout = new StringWriter();
        var config = new ConfigurationBuilder().AddInMemoryCollection(
            new Dictionary<string, string?> { ["ConnectionStrings:Default"] = app.Database.ConnectionString }).Build();

        var exit = await CliApp.RunAsync(["api-key", "create", "--name", "cli-nøgle", "--role", "Jobcenterchef", "--kommune", "101"], stdout, TextWriter.Null, config);

        exit.Should().Be(CliApp.Ok);
        var noegle = stdout.ToString().Trim();
        noegle.Should().StartWith("jt_");
        using var client = await app.KlientAsync((Testbruger?)null);
        (await Hent(client, $"/api/v1/cases/{app.SagId}", bearer: noegle)).StatusCode.Should().Be(HttpStatusCode.OK);
        (await CliApp.RunAsync(["api-key", "create", "--name", "x", "--role", "Jobcenterchef"], TextWriter.Null, TextWriter.Null, config))
            .Should().Be(CliApp.InvalidInput, "a manager's key needs a kommune");
    }

    [Fact]
    public async Task The_openapi_document_describes_the_endpoints_the_key_schemes_and_the_problems()
    {
        var client = await app.KlientAsync(Som.Analytiker);

        var doc = await client.GetFromJsonAsync<JsonElement>("/openapi/v1.json");

        var stier = doc.GetProperty("paths");
        foreach (var sti in new[] { "/api/v1/municipalities", "/api/v1/measures", "/api/v1/benchmark", "/api/v1/benchmark/model", "/api/v1/designation",
                     "/api/v1/cases", "/api/v1/cases/{id}" })
            stier.TryGetProperty(sti, out _).Should().BeTrue(sti);
        var measures = stier.GetProperty("/api/v1/measures").GetProperty("get");
        measures.GetProperty("parameters").EnumerateArray().Select(p => p.GetProperty("name").GetString()).Should().Contain(["month", "kommunekode", "page", "page_size"]);
        foreach (var status in new[] { "400", "401", "403", "404" })
            measures.GetProperty("responses").GetProperty(status).GetProperty("content").TryGetProperty("application/problem+json", out _).Should().BeTrue(status);
        var schemes = doc.GetProperty("components").GetProperty("securitySchemes");
        schemes.GetProperty("Bearer").GetProperty("scheme").GetString().Should().Be("bearer");
        schemes.GetProperty("ApiKey").GetProperty("name").GetString().Should().Be("X-Api-Key");
    }

    [Fact]
    public async Task The_scalar_reference_runs_its_inline_script_by_nonce_under_the_csp()
    {
        var client = await app.KlientAsync(Som.Analytiker);

        using var svar = await client.GetAsync("/scalar/v1");

        svar.StatusCode.Should().Be(HttpStatusCode.OK);
        var csp = svar.Headers.GetValues("Content-Security-Policy").Single();
        var nonce = Regex.Match(csp, "script-src 'self' 'nonce-([^']+)'").Groups[1].Value;
        nonce.Should().NotBeEmpty("the page's inline script needs its nonce in the CSP");
        csp.Should().NotContain("unsafe-inline'; script").And.NotContain("unsafe-eval");
        var html = await svar.Content.ReadAsStringAsync();
        var scripts = Regex.Matches(html, "<script[^>]*>").Select(m => m.Value).ToList();
        scripts.Should().NotBeEmpty().And.AllSatisfy(s => s.Should().Contain($"nonce=\"{nonce}\""));
        scripts.Should().AllSatisfy(s => s.Should().NotMatchRegex("src=\"(https?:)?//"), "scripts come from the app itself");
        (await client.GetAsync("/kommuner")).Headers.GetValues("Content-Security-Policy").Single().Should().Contain("script-src 'self';", "other pages keep the strict policy");
    }

    private static JsonElement Maal(JsonElement side, string maal) =>
        side.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("maal").GetString() == maal);

    private static async Task<HttpResponseMessage> Hent(HttpClient client, string url, string? bearer = null, string? header = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        if (bearer is not null) request.Headers.Authorization = new("Bearer", bearer);
        if (header is not null) request.Headers.Add("X-Api-Key", header);
        return await client.SendAsync(request);
    }

    private async Task<(long Id, string Noegle)> OpretNoegleAsync(string navn, Rolle rolle, short? kommune)
    {
        await using var db = app.Database.CreateContext();
        var ny = await ApiNoegleStore.OpretAsync(db, navn, rolle, kommune, "admin@test.dk", DateTimeOffset.UtcNow);
        return (ny.Noegle.Id, ny.Hemmelighed);
    }
}
