using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using JobcenterTilsyn.Cli;
using JobcenterTilsyn.Data.Entities;
using JobcenterTilsyn.Web.Tests.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;

namespace JobcenterTilsyn.Web.Tests.Apis;

/// <summary>
/// /api/v1/outlook and /api/v1/forecast (rules.md §11) over a real database: the discretion of §10 for outlook rows
/// and for the forecast's mangler, problem details naming missing months, and the exact CSV for administrators only.
/// </summary>
[Collection(VaertCollection.Name)]
public sealed class UdsigtApiTests(SikretApp app) : IClassFixture<SikretApp>, IAsyncLifetime
{
    private static readonly DateTimeOffset Beregnet = new(2026, 1, 5, 12, 0, 0, TimeSpan.Zero);

    public async Task InitializeAsync()
    {
        await using var db = app.Database.CreateContext();
        if (await db.Set<UdsigtEntity>().AnyAsync()) return;
        // 101: 7 of 10 have a tilbud (3 without: the split is withheld, naevner shown); 147: 4 persons (all withheld);
        // 851: 12 of 20 (all shown, noedvendige ⌈0.7·20⌉ − 12 = 2); B rows: nobody (zeros are shown).
        foreach (var (kode, naevner, har) in new (short, int, int)[] { (101, 10, 7), (147, 4, 1), (851, 20, 12) })
        {
            for (var m = 7; m <= 9; m++)
            {
                db.Add(Udsigt(kode, 0, m, naevner, har, 0.7));
                db.Add(Udsigt(kode, 1, m, 0, 0, 0.8));
            }
            // Forecast basis: January..March 2025 and the 2024 benchmark. Pooled A: 101 9 of 30, 147 0 of 3, 851 27 of 30.
            for (var m = 1; m <= 3; m++)
            {
                var (t, n) = kode switch { 101 => (3, 10), 147 => (0, 1), _ => (9, 10) };
                db.Add(new MaalresultatEntity { Maaned = new DateOnly(2025, m, 1), Kommunekode = kode, Maal = 0, Taeller = t, Naevner = n, Graense = 0.7, Regelsaet = "OEVO-2024", Beregnet = Beregnet });
                db.Add(new MaalresultatEntity { Maaned = new DateOnly(2025, m, 1), Kommunekode = kode, Maal = 1, Taeller = 8, Naevner = 10, Graense = 0.8, Regelsaet = "OEVO-2024", Beregnet = Beregnet });
            }
            db.Add(new BenchmarkResultatEntity
            {
                PeriodeFra = new DateOnly(2024, 1, 1), PeriodeTil = new DateOnly(2024, 12, 31), Omraade = 0, Kommunekode = kode,
                Fuldtidspersoner = 100, Befolkning = 10000, FaktiskAndel = 0.01, ForventetAndel = 0.01, Residual = 0,
                Rang = kode == 851 ? 3 : kode == 101 ? 1 : 2, Klynge = 1, LaerAf = [], Beregnet = Beregnet,
            });
        }
        db.Add(new BenchmarkModelEntity
        {
            PeriodeFra = new DateOnly(2024, 1, 1), PeriodeTil = new DateOnly(2024, 12, 31), Omraade = 0,
            Variabler = ["(intercept)"], Koefficienter = [0.01], Standardfejl = [0.001], RKvadrat = 0, N = 3, Beregnet = Beregnet,
        });
        await db.SaveChangesAsync();
    }

    public Task DisposeAsync() => Task.CompletedTask;

    private static UdsigtEntity Udsigt(short kode, short maal, int maaned, int naevner, int har, double graense) => new()
    {
        StatusMaaned = new DateOnly(2025, 6, 1), Maaned = new DateOnly(2025, maaned, 1), Kommunekode = kode, Maal = maal,
        Naevner = naevner, HarTilbud = har, Graense = graense, Regelsaet = "OEVO-2024", Beregnet = Beregnet,
    };

    private static JsonElement Raekke(JsonElement side, string maal, string maaned) =>
        side.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("maal").GetString() == maal && i.GetProperty("maaned").GetString() == maaned);

    [Fact]
    public async Task The_outlook_withholds_small_groups_from_an_analyst_and_shows_everything_to_an_administrator()
    {
        var analytiker = await app.KlientAsync(Som.Analytiker);
        var admin = await app.KlientAsync(Som.Admin);

        var delt = Raekke(await analytiker.GetFromJsonAsync<JsonElement>("/api/v1/outlook?month=2025-06&kommunekode=101"), "A_tilbud_12m", "2025-07");
        delt.GetProperty("naevner").GetInt32().Should().Be(10);
        foreach (var felt in new[] { "har_tilbud", "uden_tilbud", "noedvendige" })
            delt.GetProperty(felt).ValueKind.Should().Be(JsonValueKind.Null, $"uden_tilbud is 3, so {felt} would reveal it");
        delt.GetProperty("skjult").GetBoolean().Should().BeTrue();
        delt.GetProperty("maal_graense").GetDouble().Should().Be(0.7);
        delt.GetProperty("status_maaned").GetString().Should().Be("2025-06");

        var lille = Raekke(await analytiker.GetFromJsonAsync<JsonElement>("/api/v1/outlook?month=2025-06&kommunekode=147"), "A_tilbud_12m", "2025-08");
        foreach (var felt in new[] { "naevner", "har_tilbud", "uden_tilbud", "noedvendige" })
            lille.GetProperty(felt).ValueKind.Should().Be(JsonValueKind.Null, $"{felt} rests on 4 persons");

        var aaben = Raekke(await analytiker.GetFromJsonAsync<JsonElement>("/api/v1/outlook?month=2025-06&kommunekode=851"), "A_tilbud_12m", "2025-09");
        (aaben.GetProperty("naevner").GetInt32(), aaben.GetProperty("har_tilbud").GetInt32(), aaben.GetProperty("uden_tilbud").GetInt32(),
            aaben.GetProperty("noedvendige").GetInt32()).Should().Be((20, 12, 8, 2));
        var nul = Raekke(await analytiker.GetFromJsonAsync<JsonElement>("/api/v1/outlook?month=2025-06&kommunekode=851"), "B_tidlig_indsats", "2025-07");
        nul.GetProperty("naevner").GetInt32().Should().Be(0, "0 describes nobody and is shown");
        nul.GetProperty("skjult").GetBoolean().Should().BeFalse();

        var adminDelt = Raekke(await admin.GetFromJsonAsync<JsonElement>("/api/v1/outlook?month=2025-06&kommunekode=101"), "A_tilbud_12m", "2025-07");
        (adminDelt.GetProperty("har_tilbud").GetInt32(), adminDelt.GetProperty("uden_tilbud").GetInt32(), adminDelt.GetProperty("noedvendige").GetInt32())
            .Should().Be((7, 3, 0), "7 of 10 meets 0.70 exactly");
        var adminLille = Raekke(await admin.GetFromJsonAsync<JsonElement>("/api/v1/outlook?month=2025-06&kommunekode=147"), "A_tilbud_12m", "2025-08");
        adminLille.GetProperty("noedvendige").GetInt32().Should().Be(2);
    }

    [Fact]
    public async Task The_outlook_of_all_kommuner_is_ordered_by_kommune_goal_and_month()
    {
        var client = await app.KlientAsync(Som.Chef);
        var side = await client.GetFromJsonAsync<JsonElement>("/api/v1/outlook?month=2025-06&page_size=8");
        side.GetProperty("total_count").GetInt32().Should().Be(18);
        side.GetProperty("items").EnumerateArray()
            .Select(i => $"{i.GetProperty("kommunekode").GetInt32()}:{i.GetProperty("maal").GetString()![0]}:{i.GetProperty("maaned").GetString()}")
            .Should().Equal("101:A:2025-07", "101:A:2025-08", "101:A:2025-09", "101:B:2025-07", "101:B:2025-08", "101:B:2025-09", "147:A:2025-07", "147:A:2025-08");
    }

    [Fact]
    public async Task The_forecast_withholds_mangler_where_the_pooled_figure_is_withheld()
    {
        var analytiker = await app.KlientAsync(Som.Analytiker);
        var admin = await app.KlientAsync(Som.Admin);

        var side = await analytiker.GetFromJsonAsync<JsonElement>("/api/v1/forecast?month=2025-03");
        var raekker = side.GetProperty("items").EnumerateArray().ToDictionary(i => i.GetProperty("kommunekode").GetInt32());
        raekker.Keys.Should().Equal(101, 147, 851);
        raekker[101].GetProperty("mangler_a").GetInt32().Should().Be(12, "⌈0.7·30⌉ − 9");
        raekker[101].GetProperty("mangler_b").GetInt32().Should().Be(0);
        raekker[101].GetProperty("benchmark_periode").GetString().Should().Be("2024");
        raekker[101].GetProperty("status_maaned").GetString().Should().Be("2025-03");
        raekker[147].GetProperty("mangler_a").ValueKind.Should().Be(JsonValueKind.Null, "the pooled A rests on 3 persons");
        raekker[147].GetProperty("a").GetProperty("naevner").ValueKind.Should().Be(JsonValueKind.Null);
        raekker[851].GetProperty("mangler_a").ValueKind.Should().Be(JsonValueKind.Null, "27 of 30 leaves 3 without: the complement is withheld");
        raekker[851].GetProperty("kategori").GetString().Should().Be("risikozone", "rang 3 of 3 meets the result criterion");

        var adminSide = await admin.GetFromJsonAsync<JsonElement>("/api/v1/forecast?month=2025-03&kommunekode=147");
        adminSide.GetProperty("items")[0].GetProperty("mangler_a").GetInt32().Should().Be(3);
    }

    [Theory]
    [InlineData("/api/v1/forecast?month=2025-05", "2025-04, 2025-05")]
    [InlineData("/api/v1/outlook?month=2025-05", "2025-05")]
    public async Task A_month_that_is_not_computed_is_a_404_problem_naming_it(string url, string maaneder)
    {
        var client = await app.KlientAsync(Som.Analytiker);
        using var svar = await client.GetAsync(url);

        svar.StatusCode.Should().Be(HttpStatusCode.NotFound);
        svar.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
        (await svar.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString().Should().Contain(maaneder);
    }

    [Fact]
    public async Task The_exact_csv_exports_are_for_administrators_only()
    {
        var analytiker = await app.KlientAsync(Som.Analytiker);
        (await analytiker.GetAsync("/api/outlook?month=2025-06")).StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await analytiker.GetAsync("/api/forecast?month=2025-03")).StatusCode.Should().Be(HttpStatusCode.Forbidden);

        var admin = await app.KlientAsync(Som.Admin);
        var udsigt = await admin.GetStringAsync("/api/outlook?month=2025-06");
        udsigt.Should().StartWith("kommunekode;maal;status_maaned;maaned;naevner;har_tilbud;uden_tilbud;noedvendige;maal_graense\n")
            .And.Contain("147;A_tilbud_12m;2025-06;2025-07;4;1;3;2;0.700000\n").And.EndWith("\n");
        var prognose = await admin.GetStringAsync("/api/forecast?month=2025-03");
        prognose.Should().Contain("147;2025;2025-03;2024;").And.Contain(";3;0\n");
        using var mangler = await admin.GetAsync("/api/forecast?month=2025-05");
        mangler.StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    [Theory]
    [InlineData("/api/outlook?month=2025-06", "export outlook --month 2025-06")]
    [InlineData("/api/forecast?month=2025-03", "export forecast --month 2025-03")]
    public async Task The_csv_over_http_is_byte_identical_to_the_cli_export(string url, string cliArgs)
    {
        var admin = await app.KlientAsync(Som.Admin);
        using var svar = await admin.GetAsync(url);
        svar.StatusCode.Should().Be(HttpStatusCode.OK);
        svar.Content.Headers.ContentType!.MediaType.Should().Be("text/csv");
        var api = await svar.Content.ReadAsByteArrayAsync();

        var stdout = new StringWriter { NewLine = "\n" };
        var config = new ConfigurationBuilder().AddInMemoryCollection(
            new Dictionary<string, string?> { ["ConnectionStrings:Default"] = app.Database.ConnectionString }).Build();
        (await CliApp.RunAsync(cliArgs.Split(' '), stdout, TextWriter.Null, config)).Should().Be(CliApp.Ok);
        api.Should().Equal(new UTF8Encoding(false).GetBytes(stdout.ToString()));
    }
}
