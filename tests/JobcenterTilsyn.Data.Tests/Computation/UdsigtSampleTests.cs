using System.Globalization;
using System.Security.Cryptography;
using JobcenterTilsyn.Cli;
using JobcenterTilsyn.Data.Computation;
using JobcenterTilsyn.Data.Export;
using JobcenterTilsyn.Data.Import;
using JobcenterTilsyn.Data.Queries;
using JobcenterTilsyn.Domain.Fokusmaal;
using JobcenterTilsyn.Domain.Tid;
using JobcenterTilsyn.Domain.Udpegning;
using JobcenterTilsyn.Testing;
using Microsoft.Extensions.Configuration;

namespace JobcenterTilsyn.Data.Tests.Computation;

/// <summary>
/// rules.md §11 on the shared sample, as the outside check runs it: import, compute 2024-07..2025-12 (one pass, the
/// outlook included), read the stored outlook back, and compare the `outlook` and `forecast` exports byte for byte
/// with the independently computed expected files.
/// </summary>
public sealed class UdsigtSampleTests(UdsigtSampleTests.ComputedSample sample) : IClassFixture<UdsigtSampleTests.ComputedSample>
{
    public sealed class ComputedSample : IAsyncLifetime
    {
        public TestDatabase Database { get; } = new();

        public async Task InitializeAsync()
        {
            await Database.InitializeAsync();
            var importer = new Importer(Database.ConnectionString,
                new PseudonymizationOptions { Key = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)) });
            foreach (var fil in ImportFiles.InFolder(Sti()).Files)
            {
                var resultat = await importer.ImportFileAsync(fil.Path, ImportMode.Append, "test", null, CancellationToken.None);
                resultat.Succeeded.Should().BeTrue(resultat.Message);
            }
            await new Beregningskoersel(Database.ConnectionString).KoerAsync(new Maaned(2024, 7), new Maaned(2025, 12), "test");
        }

        public Task DisposeAsync() => Database.DisposeAsync();
    }

    private static string Sti(params string[] dele) => Path.Combine([AppContext.BaseDirectory, "Fixtures", "Sample", .. dele]);

    [Fact]
    public async Task Every_computed_month_is_stored_as_a_status_month_with_every_municipality_goal_and_coming_month()
    {
        await using var db = sample.Database.CreateContext();
        (await UdsigtQuery.StatusmaanederAsync(db)).Should().HaveCount(18).And.Contain(new Maaned(2024, 7)).And.Contain(new Maaned(2025, 12));

        var raekker = await UdsigtQuery.HentAsync(db, new Maaned(2025, 6));
        raekker.Should().HaveCount(98 * 2 * 3);
        var r = raekker.First(x => x.Kommunekode == 101 && x.Maal == Maal.BTidligIndsats && x.Maaned == new Maaned(2025, 8));
        (r.Tal.Naevner, r.Tal.HarTilbud, r.Tal.UdenTilbud, r.Tal.Noedvendige, r.Tal.Graense).Should().Be((5, 1, 4, 3, 0.8));
        r.Regelsaet.Should().Be("OEVO-2024");
        (await UdsigtQuery.HentAsync(db, new Maaned(2025, 6), kommunekode: 147)).Should().HaveCount(6).And.OnlyContain(x => x.Kommunekode == 147);
    }

    [Theory]
    [InlineData("outlook_2025-06.csv")]
    [InlineData("forecast_2025-09.csv")]
    public async Task Export_is_byte_for_byte_the_expected_sample_file(string fil)
    {
        await using var db = sample.Database.CreateContext();
        var writer = new StringWriter(CultureInfo.InvariantCulture);
        var maaned = Maaned.Parse(fil.Split('_', '.')[1]);
        if (fil.StartsWith("outlook", StringComparison.Ordinal)) await UdsigtExport.SkrivAsync(db, maaned, writer);
        else await PrognoseExport.SkrivAsync(db, maaned, writer);

        writer.ToString().Should().Be(File.ReadAllText(Sti("expected", fil)));
    }

    [Fact]
    public async Task The_forecast_as_of_December_is_the_designation_itself()
    {
        await using var db = sample.Database.CreateContext();
        var prognose = await PrognoseQuery.HentAsync(db, new Maaned(2025, 12));
        var udpegning = await UdpegningQuery.HentAsync(db, 2025);

        prognose.Should().HaveCount(98);
        prognose.Should().OnlyContain(p => p.BenchmarkPeriode.ErKalenderaar && p.BenchmarkPeriode.Til.Year == 2025);
        prognose.Select(p => (p.Kommunekode, Kategori: p.Kategori.Kode(), p.ResultatKriterie, p.IndsatsKriterie))
            .Should().Equal(udpegning.Select(u => (u.Kommunekode, u.Kategori, u.ResultatKriterie, u.IndsatsKriterie)));
        prognose.Select(p => (p.A.Taeller, p.A.Naevner, p.B.Taeller, p.B.Naevner))
            .Should().Equal(udpegning.Select(u => (u.A.Taeller, u.A.Naevner, u.B.Taeller, u.B.Naevner)));
    }

    [Fact]
    public async Task A_forecast_over_months_that_are_not_computed_is_refused_naming_them()
    {
        await using var db = sample.Database.CreateContext();
        var act = () => PrognoseExport.SkrivAsync(db, new Maaned(2024, 9), TextWriter.Null);

        (await act.Should().ThrowAsync<IngenResultaterException>())
            .WithMessage("*2024-01, 2024-02, 2024-03, 2024-04, 2024-05, 2024-06*").And.Message.Should().NotContain("2024-07");
    }

    [Fact]
    public async Task The_CLI_exports_outlook_and_forecast_and_a_missing_month_is_exit_code_1_naming_it()
    {
        var konfiguration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["ConnectionStrings:Default"] = sample.Database.ConnectionString })
            .Build();
        var ud = new StringWriter();
        (await CliApp.RunAsync(["export", "outlook", "--month", "2025-06"], ud, TextWriter.Null, konfiguration)).Should().Be(CliApp.Ok);
        ud.ToString().Should().Be(File.ReadAllText(Sti("expected", "outlook_2025-06.csv")));

        var fejl = new StringWriter();
        (await CliApp.RunAsync(["export", "forecast", "--month", "2024-03"], TextWriter.Null, fejl, konfiguration)).Should().Be(CliApp.InvalidInput);
        fejl.ToString().Should().Contain("2024-01, 2024-02, 2024-03");

        (await CliApp.RunAsync(["export", "outlook", "--month", "2023-01"], TextWriter.Null, fejl, konfiguration)).Should().Be(CliApp.InvalidInput);
        (await CliApp.RunAsync(["export", "outlook", "--month", "2025-13"], TextWriter.Null, TextWriter.Null, konfiguration)).Should().Be(CliApp.UsageError);
    }
}
