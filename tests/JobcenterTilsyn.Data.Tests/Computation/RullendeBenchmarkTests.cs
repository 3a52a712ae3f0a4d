using System.Globalization;
using System.Security.Cryptography;
using JobcenterTilsyn.Data.Computation;
using JobcenterTilsyn.Data.Export;
using JobcenterTilsyn.Data.Entities;
using JobcenterTilsyn.Data.Import;
using JobcenterTilsyn.Data.Indstillinger;
using JobcenterTilsyn.Data.ReadModels;
using JobcenterTilsyn.Domain.Benchmark;
using JobcenterTilsyn.Domain.Registre;
using JobcenterTilsyn.Domain.Tid;
using JobcenterTilsyn.Testing;
using Microsoft.EntityFrameworkCore;

namespace JobcenterTilsyn.Data.Tests.Computation;

/// <summary>
/// The shared sample computed over 2024-01..2026-06: calendar years 2024 and 2025, the rolling 2024-07..2025-06, and the
/// rolling 2025-07..2026-06 left out because the sample has no framework conditions for 2026.
/// </summary>
public sealed class RullendeBenchmarkTests(RullendeBenchmarkTests.Beregnet sample) : IClassFixture<RullendeBenchmarkTests.Beregnet>
{
    private static readonly Maaleperiode Rullende = Maaleperiode.Rullende(2025, 6);

    public sealed class Beregnet : IAsyncLifetime
    {
        public TestDatabase Database { get; } = new();

        public Beregningsopsummering Opsummering { get; private set; } = null!;

        public async Task InitializeAsync()
        {
            await Database.InitializeAsync();
            var importer = new Importer(Database.ConnectionString,
                new PseudonymizationOptions { Key = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)) });
            foreach (var fil in ImportFiles.InFolder(Path.Combine(AppContext.BaseDirectory, "Fixtures", "Sample")).Files)
            {
                var resultat = await importer.ImportFileAsync(fil.Path, ImportMode.Append, "test", null, CancellationToken.None);
                resultat.Succeeded.Should().BeTrue(resultat.Message);
            }
            Opsummering = await new Beregningskoersel(Database.ConnectionString).KoerAsync(new Maaned(2024, 1), new Maaned(2026, 6), "test");
        }

        public Task DisposeAsync() => Database.DisposeAsync();
    }

    [Fact]
    public void Every_half_year_window_with_framework_conditions_is_benchmarked_and_the_others_are_reported()
    {
        sample.Opsummering.Perioder.Select(p => p.ToString()).Should().Equal("2024", "2024-07..2025-06", "2025");
        sample.Opsummering.UdeladtePerioder.Select(p => p.ToString()).Should().Equal("2025-07..2026-06");
        sample.Opsummering.Aar.Should().Equal(2024, 2025);
    }

    [Fact]
    public async Task The_calendar_year_export_is_unchanged_by_the_rolling_periods_beside_it()
    {
        var faktisk = (await EksportAsync(Maaleperiode.Kalenderaar(2025))).Split('\n');
        var forventet = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "Sample", "expected", "benchmark_2025.csv")).Split('\n');

        faktisk.Should().HaveSameCount(forventet);
        for (var i = 0; i < forventet.Length; i++)
            SampleComputationTests.SammeLinje(faktisk[i], forventet[i]).Should().BeTrue($"line {i + 1} '{faktisk[i]}' should match '{forventet[i]}'");
    }

    [Fact]
    public async Task The_rolling_export_has_the_same_columns_with_the_period_in_place_of_the_year()
    {
        var linjer = (await EksportAsync(Rullende)).Split('\n');

        linjer[0].Should().Be(BenchmarkExport.Header);
        linjer[^1].Should().BeEmpty();
        linjer.Should().HaveCount(1 + (98 * 4) + 1);
        linjer[1..^1].Select(l => l.Split(';')[2]).Should().AllBe("2024-07..2025-06");
        linjer[1..^1].Select(l => l.Split(';')[1]).Distinct().Should().BeEquivalentTo("alle", "dagpenge", "kontanthjaelp", "sygedagpenge");
    }

    [Fact]
    public async Task Every_stored_position_has_intervals_around_its_point_estimate_and_every_model_its_version_and_rule_set()
    {
        await using var db = sample.Database.CreateContext();
        var raekker = await db.Set<BenchmarkResultatEntity>().AsNoTracking().ToListAsync();
        var modeller = await db.Set<BenchmarkModelEntity>().AsNoTracking().ToListAsync();

        raekker.Should().HaveCount(3 * 4 * 98);
        raekker.Should().OnlyContain(r => r.RangLav <= r.Rang && r.Rang <= r.RangHoej && r.ResidualLav < r.Residual && r.Residual < r.ResidualHoej);
        raekker.Should().Contain(r => r.RangHoej - r.RangLav > 0, "a real benchmark has rank uncertainty");
        modeller.Should().HaveCount(3 * 4);
        modeller.Should().OnlyContain(m => m.Modelversion == Bootstrapindstilling.Standard.Version && m.Regelsaet == "OEVO-2024");
    }

    [Fact]
    public async Task Recomputing_a_period_reproduces_its_intervals()
    {
        await using var db = sample.Database.CreateContext();
        var foer = await Intervaller(db);

        var igen = await new Beregningskoersel(sample.Database.ConnectionString).KoerAsync(new Maaned(2024, 7), new Maaned(2025, 6), "test");

        igen.Perioder.Should().Equal(Rullende);
        db.ChangeTracker.Clear();
        (await Intervaller(db)).Should().Equal(foer);
    }

    [Fact]
    public async Task The_history_of_a_kommune_has_every_period_oldest_first_with_rule_set_and_model_version()
    {
        await using var db = sample.Database.CreateContext();
        var historik = await BenchmarkHistorikReadModel.HentAsync(db, 101, Omraade.Alle);

        historik.Select(h => h.Periode.ToString()).Should().Equal("2024", "2024-07..2025-06", "2025");
        historik.Should().OnlyContain(h => h.AntalKommuner == 98 && h.Regelsaet == "OEVO-2024" && h.Modelversion != null && h.RangLav <= h.Rang);
    }

    [Fact]
    public async Task The_ranking_of_a_rolling_period_reads_with_its_intervals()
    {
        await using var db = sample.Database.CreateContext();
        var oversigt = await BenchmarkReadModel.HentPeriodeAsync(db, Rullende, Omraade.Alle);

        oversigt.Periode.Should().Be(Rullende);
        oversigt.Aar.Should().BeNull();
        oversigt.Perioder!.Select(p => p.ToString()).Should().Equal("2025", "2024-07..2025-06", "2024");
        oversigt.Raekker.Should().HaveCount(98).And.OnlyContain(r => r.RangLav != null && r.RangHoej != null);
        oversigt.Modelversion.Should().Be(Bootstrapindstilling.Standard.Version);
    }

    [Fact]
    public async Task The_designation_marks_exactly_the_kommuner_whose_rang_interval_straddles_the_result_criterion()
    {
        await using var db = sample.Database.CreateContext();
        var oversigt = await UdpegningReadModel.HentAsync(db, 2025, erAdministrator: true);

        oversigt.GraenseRang.Should().Be(78);
        oversigt.Raekker.Should().OnlyContain(r => r.RangLav != null);
        oversigt.Raekker.Where(r => r.ResultatkriterieUsikkert).Should().NotBeEmpty()
            .And.OnlyContain(r => r.RangLav <= 78 && r.RangHoej > 78);
        oversigt.Raekker.Where(r => !r.ResultatkriterieUsikkert).Should().OnlyContain(r => r.RangLav > 78 || r.RangHoej <= 78);
    }

    [Fact]
    public async Task The_cost_per_fuldtidsperson_is_stored_replaced_and_removed_by_administrators()
    {
        await using var db = sample.Database.CreateContext();
        (await IndstillingStore.HentTalAsync(db, IndstillingStore.KronerPrFuldtidsperson)).Should().BeNull();

        await IndstillingStore.GemTalAsync(db, IndstillingStore.KronerPrFuldtidsperson, 81_250.5, "admin@test");
        await IndstillingStore.GemTalAsync(db, IndstillingStore.KronerPrFuldtidsperson, 90_000, "admin2@test");
        db.ChangeTracker.Clear();
        (await IndstillingStore.HentTalAsync(db, IndstillingStore.KronerPrFuldtidsperson)).Should().Be(90_000);
        (await IndstillingStore.HentAsync(db, IndstillingStore.KronerPrFuldtidsperson))!.AendretAf.Should().Be("admin2@test");

        await IndstillingStore.NulstilAsync(db, IndstillingStore.KronerPrFuldtidsperson);
        (await IndstillingStore.HentTalAsync(db, IndstillingStore.KronerPrFuldtidsperson)).Should().BeNull();
    }

    private async Task<string> EksportAsync(Maaleperiode periode)
    {
        await using var db = sample.Database.CreateContext();
        var writer = new StringWriter(CultureInfo.InvariantCulture);
        await BenchmarkExport.SkrivAsync(db, periode, writer);
        return writer.ToString();
    }

    private static async Task<List<(short, short, int?, int?, double?, double?)>> Intervaller(TilsynDbContext db) =>
        (await db.Set<BenchmarkResultatEntity>().AsNoTracking()
            .Where(b => b.PeriodeFra == Rullende.Fra && b.PeriodeTil == Rullende.Til)
            .OrderBy(b => b.Omraade).ThenBy(b => b.Kommunekode)
            .Select(b => new { b.Omraade, b.Kommunekode, b.RangLav, b.RangHoej, b.ResidualLav, b.ResidualHoej })
            .ToListAsync())
        .Select(b => (b.Omraade, b.Kommunekode, b.RangLav, b.RangHoej, b.ResidualLav, b.ResidualHoej)).ToList();
}
