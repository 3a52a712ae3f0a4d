using System.Diagnostics;
using JobcenterTilsyn.Domain.Adgang;
using JobcenterTilsyn.Data.Entities;
using JobcenterTilsyn.Data.ReadModels;
using JobcenterTilsyn.Domain.Fokusmaal;
using JobcenterTilsyn.Domain.Registre;
using JobcenterTilsyn.Domain.Tid;
using Microsoft.EntityFrameworkCore;
using Xunit.Abstractions;

namespace JobcenterTilsyn.Data.Tests.Laesemodeller;

/// <summary>The pages' read models against the computed small demo set (98 kommuner × 48 months).</summary>
public sealed class LaesemodelTests(DemoResultatDatabase demo, ITestOutputHelper output) : IClassFixture<DemoResultatDatabase>
{
    private TilsynDbContext Db() => demo.Database.CreateContext();

    [Fact]
    public async Task The_overview_defaults_to_the_latest_month_with_all_98_kommuner_and_their_four_goals()
    {
        await using var db = Db();
        var overblik = await OverblikReadModel.HentAsync(db, null, erAdministrator: true);

        overblik.Maaned.Should().Be(new Maaned(2025, 12));
        overblik.Maaneder.Should().HaveCount(48).And.BeInDescendingOrder();
        overblik.BenchmarkAar.Should().Be(2025);
        overblik.UdpegningAar.Should().Be(2025);
        overblik.Raekker.Should().HaveCount(98);
        overblik.Raekker.Should().OnlyContain(r => r.A != null && r.B != null && r.C != null && r.D != null && r.Klynge >= 1 && r.Kategori != null);
        overblik.Raekker.Select(r => r.Rang!.Value).Should().BeEquivalentTo(Enumerable.Range(1, 98));
    }

    [Fact]
    public async Task The_overviews_figures_are_the_stored_ones()
    {
        await using var db = Db();
        var overblik = await OverblikReadModel.HentAsync(db, new Maaned(2024, 6), erAdministrator: true);
        var gemt = await db.Set<MaalresultatEntity>().SingleAsync(m => m.Maaned == new DateOnly(2024, 6, 1) && m.Kommunekode == 101 && m.Maal == (short)Maal.BTidligIndsats);
        var benchmark = await db.Set<BenchmarkResultatEntity>().SingleAsync(b =>
            b.PeriodeFra == new DateOnly(2024, 1, 1) && b.PeriodeTil == new DateOnly(2024, 12, 31) && b.Omraade == 0 && b.Kommunekode == 101);

        var koebenhavn = overblik.Raekker.Single(r => r.Kommunekode == 101);
        koebenhavn.B.Should().Be(OplystMaaltal.Helt(new Maaltal(gemt.Taeller, gemt.Naevner, gemt.Graense)));
        koebenhavn.Residual.Should().Be(benchmark.Residual);
        koebenhavn.Klynge.Should().Be(benchmark.Klynge);
        overblik.BenchmarkAar.Should().Be(2024);
    }

    [Fact]
    public async Task A_month_before_any_benchmark_year_has_no_benchmark_columns()
    {
        await using var db = Db();
        var tidligste = await db.Set<BenchmarkResultatEntity>().MinAsync(b => b.PeriodeTil);
        var maaned = new Maaned(tidligste.Year - 1, 12);
        if (!await db.Set<MaalresultatEntity>().AnyAsync(m => m.Maaned == maaned.Foerste)) return;

        var overblik = await OverblikReadModel.HentAsync(db, maaned, erAdministrator: true);
        overblik.BenchmarkAar.Should().BeNull();
        overblik.Raekker.Should().OnlyContain(r => r.Klynge == null);
    }

    [Fact]
    public async Task A_kommunes_profile_has_48_months_per_goal_beside_the_national_sum_and_three_peers()
    {
        await using var db = Db();
        var ur = Stopwatch.StartNew();
        var profil = await KommuneReadModel.HentAsync(db, 851, erAdministrator: true);
        output.WriteLine($"Kommune read model: {ur.Elapsed.TotalMilliseconds:F1} ms");

        profil.Should().NotBeNull();
        profil!.Navn.Should().Be("Aalborg");
        profil.Maalserier.Where(p => p.Maal == Maal.ATilbud12m).Should().HaveCount(48);
        var dec = profil.Maalserier.Single(p => p.Maal == Maal.ATilbud12m && p.Maaned == new Maaned(2025, 12));
        var sum = await db.Set<MaalresultatEntity>().Where(m => m.Maaned == new DateOnly(2025, 12, 1) && m.Maal == 0).SumAsync(m => m.Naevner);
        dec.Landet.Naevner.Should().Be(sum);
        profil.Benchmark.Select(b => b.Aar).Should().Equal(2022, 2023, 2024, 2025);
        profil.SenesteBenchmark!.AntalKommuner.Should().Be(98);
        profil.LaerAf.Should().HaveCount(3);
        profil.LaerAf.Select(l => l.Kommunekode).Should().BeEquivalentTo(profil.SenesteBenchmark.LaerAf);
        profil.Udpegninger.Select(u => u.Aar).Should().Equal(2025, 2024, 2023, 2022);
    }

    [Fact]
    public async Task Pooled_year_figures_sum_the_months()
    {
        await using var db = Db();
        var profil = (await KommuneReadModel.HentAsync(db, 101, erAdministrator: true))!;
        var gemt = await db.Set<MaalresultatEntity>()
            .Where(m => m.Kommunekode == 101 && m.Maal == 0 && m.Maaned >= new DateOnly(2024, 1, 1) && m.Maaned <= new DateOnly(2024, 12, 1))
            .ToListAsync();

        var aar = profil.AarstalFor(Maal.ATilbud12m, 2024)!;
        aar.Kommune.Taeller.Should().Be(gemt.Sum(m => m.Taeller));
        aar.Kommune.Naevner.Should().Be(gemt.Sum(m => m.Naevner));
        var udpegning = profil.Udpegninger.Single(u => u.Aar == 2024);
        udpegning.A.Taeller.Should().Be(aar.Kommune.Taeller, "the designation pools the same stored months");
    }

    [Fact]
    public async Task An_unknown_code_has_no_profile()
    {
        await using var db = Db();
        (await KommuneReadModel.HentAsync(db, 999, erAdministrator: false)).Should().BeNull();
    }

    [Fact]
    public async Task The_benchmark_ranks_98_kommuner_and_carries_its_model()
    {
        await using var db = Db();
        var oversigt = await BenchmarkReadModel.HentAsync(db, null, Omraade.Alle);

        oversigt.Aar.Should().Be(2025);
        oversigt.Aarstal.Should().Equal(2025, 2024, 2023, 2022);
        oversigt.Raekker.Select(r => r.Rang).Should().Equal(Enumerable.Range(1, 98));
        oversigt.Raekker.Should().BeInAscendingOrder(r => r.Residual);
        oversigt.Model[0].Variabel.Should().Be("(intercept)");
        oversigt.N.Should().Be(98);
        oversigt.RKvadrat.Should().BeInRange(0, 1);

        var dagpenge = await BenchmarkReadModel.HentAsync(db, 2023, Omraade.Dagpenge);
        dagpenge.Raekker.Should().HaveCount(98);
        dagpenge.Raekker.Select(r => r.FaktiskAndel).Should().NotEqual(oversigt.Raekker.Select(r => r.FaktiskAndel));
    }

    [Fact]
    public async Task The_designation_lists_every_kommune_of_the_year_with_its_category()
    {
        await using var db = Db();
        var oversigt = await UdpegningReadModel.HentAsync(db, 2024, erAdministrator: true);

        oversigt.Aar.Should().Be(2024);
        oversigt.Raekker.Should().HaveCount(98);
        oversigt.Raekker.Select(r => r.Udpegning.Kategori).Should().OnlyContain(k => k == "udpeget" || k == "risikozone" || k == "forbedret" || k == "ingen");
        oversigt.Raekker.Where(r => r.Udpegning.Kategori == "udpeget")
            .Should().OnlyContain(r => r.Udpegning.ResultatKriterie && r.Udpegning.IndsatsKriterie);
    }
}
