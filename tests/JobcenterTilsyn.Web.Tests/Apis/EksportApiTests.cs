using System.Net;
using System.Text;
using JobcenterTilsyn.Cli;
using JobcenterTilsyn.Data.Export;
using JobcenterTilsyn.Data.Entities;
using JobcenterTilsyn.Testing;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;

namespace JobcenterTilsyn.Web.Tests.Apis;

/// <summary>The HTTP exports give byte for byte what the CLI's `export` writes, from the same stored results.</summary>
public sealed class EksportApiTests(TestDatabase database) : IClassFixture<TestDatabase>, IAsyncLifetime
{
    private WebApplicationFactory<Program> _app = null!;
    private Testbrugere _brugere = null!;

    public async Task InitializeAsync()
    {
        await using var db = database.CreateContext();
        if (!db.Set<MaalresultatEntity>().Any())
        {
            var beregnet = new DateTimeOffset(2026, 1, 5, 12, 0, 0, TimeSpan.Zero);
            foreach (var kode in new short[] { 101, 147 })
            {
                for (short maal = 0; maal < 4; maal++)
                {
                    db.Add(new MaalresultatEntity
                    {
                        Maaned = new DateOnly(2025, 6, 1), Kommunekode = kode, Maal = maal, Taeller = 7 + maal, Naevner = maal == 3 ? 0 : 10,
                        Graense = maal < 2 ? 0.7 + (maal * 0.1) : null, Regelsaet = "OEVO-2024", Beregnet = beregnet,
                    });
                }
                db.Add(new BenchmarkResultatEntity
                {
                    PeriodeFra = new DateOnly(2025, 1, 1), PeriodeTil = new DateOnly(2025, 12, 31), Omraade = 0, Kommunekode = kode,
                    Fuldtidspersoner = 12.3456789, Befolkning = 3520, FaktiskAndel = 0.0078125, ForventetAndel = 0.01, Residual = -0.0021875,
                    Rang = kode == 101 ? 1 : 2, Klynge = 1, Beregnet = beregnet,
                });
                db.Add(new BenchmarkResultatEntity
                {
                    PeriodeFra = new DateOnly(2024, 7, 1), PeriodeTil = new DateOnly(2025, 6, 30), Omraade = 0, Kommunekode = kode,
                    Fuldtidspersoner = 11, Befolkning = 3520, FaktiskAndel = 0.003125, ForventetAndel = 0.004, Residual = -0.000875,
                    Rang = kode == 101 ? 1 : 2, Klynge = 1, RangLav = 1, RangHoej = 2, Beregnet = beregnet,
                });
                db.Add(new UdpegningEntity { Aar = 2025, Kommunekode = kode, Kategori = "risikozone", IndsatsKriterie = true, Regelsaet = "OEVO-2024", Beregnet = beregnet });
            }
            await db.SaveChangesAsync();
        }

        _brugere = await Testbrugere.OpretAsync(database.ConnectionString);
        _app = new WebApplicationFactory<Program>().WithWebHostBuilder(host => host
            .UseSetting("ConnectionStrings:Default", database.ConnectionString)
            .UseSetting("Serilog:MinimumLevel:Default", "Warning"));
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();

    private async Task<HttpClient> KlientAsync(Testbruger bruger)
    {
        var client = _app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        await HttpLogind.LogIndAsync(client, bruger);
        return client;
    }

    [Fact]
    public async Task Only_administrators_get_the_exact_exports()
    {
        using var anonym = _app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        (await anonym.GetAsync("/api/measures?month=2025-06")).StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        using var analytiker = await KlientAsync(_brugere.Analytiker);
        (await analytiker.GetAsync("/api/measures?month=2025-06")).StatusCode.Should().Be(HttpStatusCode.Forbidden);
        using var chef = await KlientAsync(_brugere.Chef);
        (await chef.GetAsync("/api/benchmark?year=2025")).StatusCode.Should().Be(HttpStatusCode.Forbidden);
    }

    [Theory]
    [InlineData("/api/measures?month=2025-06", "export measures --month 2025-06")]
    [InlineData("/api/benchmark?year=2025", "export benchmark --year 2025")]
    [InlineData("/api/benchmark?period=2025", "export benchmark --year 2025")]
    [InlineData("/api/benchmark?period=2024-07..2025-06", "export benchmark --period 2024-07..2025-06")]
    [InlineData("/api/designation?year=2025", "export designation --year 2025")]
    public async Task Api_export_is_byte_identical_to_the_cli_export(string url, string cliArgs)
    {
        using var client = await KlientAsync(_brugere.Admin);
        var response = await client.GetAsync(url);
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.Should().Be("text/csv");
        var api = await response.Content.ReadAsByteArrayAsync();

        var stdout = new StringWriter { NewLine = "\n" };
        var config = new ConfigurationBuilder().AddInMemoryCollection(
            new Dictionary<string, string?> { ["ConnectionStrings:Default"] = database.ConnectionString }).Build();
        var exit = await CliApp.RunAsync(cliArgs.Split(' '), stdout, TextWriter.Null, config);

        exit.Should().Be(CliApp.Ok);
        api.Should().Equal(new UTF8Encoding(false).GetBytes(stdout.ToString()));
        api.Take(3).Should().NotEqual(new byte[] { 0xEF, 0xBB, 0xBF }, "exports have no BOM");
    }

    [Fact]
    public async Task Measures_export_rounds_and_leaves_empty_fields_as_the_contract_says()
    {
        using var client = await KlientAsync(_brugere.Admin);
        var csv = await client.GetStringAsync("/api/measures?month=2025-06");

        csv.Should().StartWith("kommunekode;maal;maaned;taeller;naevner;andel;maal_graense;opfyldt\n")
            .And.Contain("101;A_tilbud_12m;2025-06;7;10;0.700000;0.700000;1\n", "7 of 10 meets 0.70 exactly")
            .And.Contain("101;B_tidlig_indsats;2025-06;8;10;0.800000;0.800000;1\n")
            .And.Contain("101;C_uden_indsats_aktivitetsparat;2025-06;9;10;0.900000;;\n")
            .And.Contain("101;D_samtale_3m;2025-06;10;0;;;\n", "an empty denominator leaves andel and opfyldt empty")
            .And.EndWith("\n");
        var benchmark = await client.GetStringAsync("/api/benchmark?year=2025");
        benchmark.Should().Contain("101;alle;2025;12.345679;3520.0;0.007812500;0.010000000;-0.002187500;1;1\n");
        var rullende = await client.GetStringAsync("/api/benchmark?period=2024-07..2025-06");
        rullende.Should().StartWith(BenchmarkExport.Header + "\n")
            .And.Contain("101;alle;2024-07..2025-06;11.000000;3520.0;0.003125000;0.004000000;-0.000875000;1;1\n", "the period takes the year's place");
    }

    [Theory]
    [InlineData("/api/measures?month=2025-13", 400)]
    [InlineData("/api/measures", 400)]
    [InlineData("/api/benchmark?year=25", 400)]
    [InlineData("/api/benchmark?period=2024-07..2025-05", 400)]
    [InlineData("/api/benchmark?period=2024-04..2025-03", 400)]
    [InlineData("/api/benchmark?year=2025&period=2024-07..2025-06", 400)]
    [InlineData("/api/benchmark?period=2023-07..2024-06", 404)]
    [InlineData("/api/measures?month=2019-01", 404)]
    [InlineData("/api/designation?year=2019", 404)]
    public async Task Bad_or_missing_exports_are_problem_details(string url, int status)
    {
        using var client = await KlientAsync(_brugere.Admin);
        var response = await client.GetAsync(url);

        ((int)response.StatusCode).Should().Be(status);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
    }
}
