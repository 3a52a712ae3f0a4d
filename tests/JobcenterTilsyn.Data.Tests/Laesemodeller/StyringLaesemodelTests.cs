using JobcenterTilsyn.Data.Entities;
using JobcenterTilsyn.Data.Queries;
using JobcenterTilsyn.Data.ReadModels;
using JobcenterTilsyn.Data.Tilsynssager;
using JobcenterTilsyn.Domain.Adgang;
using JobcenterTilsyn.Domain.Benchmark;
using JobcenterTilsyn.Domain.Fokusmaal;
using JobcenterTilsyn.Domain.Tid;
using JobcenterTilsyn.Domain.Tilsynssager;
using Microsoft.EntityFrameworkCore;

namespace JobcenterTilsyn.Data.Tests.Laesemodeller;

/// <summary>
/// The read models of the forward-looking panels (rules.md §11) against the computed small demo set: the forecast
/// on the pages, the backtest of the outlook, and the open case beside a designation.
/// </summary>
public sealed class StyringLaesemodelTests(DemoResultatDatabase demo) : IClassFixture<DemoResultatDatabase>
{
    private TilsynDbContext Db() => demo.Database.CreateContext();

    [Fact]
    public async Task The_forecast_as_of_december_is_the_stored_designation()
    {
        await using var db = Db();
        var prognose = await PrognoseReadModel.HentAsync(db, erAdministrator: true);
        var udpegning = await UdpegningReadModel.HentAsync(db, 2025, erAdministrator: true);

        prognose.Fejl.Should().BeNull();
        prognose.Statusmaaned.Should().Be(new Maaned(2025, 12));
        prognose.ErAaretsUdpegning.Should().BeTrue();
        prognose.BenchmarkPeriode.Should().Be(Maaleperiode.Kalenderaar(2025));
        prognose.Raekker.Should().HaveCount(98);
        prognose.Raekker.Select(r => (r.Kommunekode, r.Udpegning.Kategori, r.Udpegning.Rang, r.Udpegning.A, r.Udpegning.B))
            .Should().BeEquivalentTo(udpegning.Raekker.Select(r => (r.Kommunekode, r.Udpegning.Kategori, r.Udpegning.Rang, r.Udpegning.A, r.Udpegning.B)));
        prognose.GraenseRang.Should().Be(udpegning.GraenseRang).And.Be(98 - 20);
    }

    [Fact]
    public async Task A_mid_year_forecast_pools_january_to_the_status_month_on_the_rolling_benchmark()
    {
        await using var db = Db();
        var prognose = await PrognoseReadModel.HentAsync(db, erAdministrator: true, new Maaned(2025, 6));

        prognose.Aar.Should().Be(2025);
        prognose.ErAaretsUdpegning.Should().BeFalse();
        prognose.BenchmarkPeriode.Should().Be(Maaleperiode.Rullende(2025, 6));
        var aalborg = prognose.For(851)!.Udpegning;
        var gemt = await db.Set<MaalresultatEntity>()
            .Where(m => m.Kommunekode == 851 && m.Maal == (short)Maal.ATilbud12m && m.Maaned >= new DateOnly(2025, 1, 1) && m.Maaned <= new DateOnly(2025, 6, 1))
            .ToListAsync();
        gemt.Should().HaveCount(6);
        aalborg.A.Taeller.Should().Be(gemt.Sum(m => m.Taeller));
        aalborg.A.Naevner.Should().Be(gemt.Sum(m => m.Naevner));
    }

    [Fact]
    public async Task A_forecast_whose_months_are_not_computed_names_them_in_danish()
    {
        await using var db = Db();
        var prognose = await PrognoseReadModel.HentAsync(db, erAdministrator: false, new Maaned(2026, 2));

        prognose.Raekker.Should().BeEmpty();
        prognose.Fejl.Should().Be("Prognosen for 2026 kræver alle måneder fra januar til februar 2026, men disse er ikke beregnet: januar 2026, februar 2026.");
    }

    [Fact]
    public async Task The_forecast_discloses_pooled_figures_through_discretion()
    {
        await using var db = Db();
        var admin = await PrognoseReadModel.HentAsync(db, erAdministrator: true, new Maaned(2025, 1));
        var chef = await PrognoseReadModel.HentAsync(db, erAdministrator: false, new Maaned(2025, 1));

        foreach (var a in admin.Raekker)
        {
            var c = chef.For(a.Kommunekode)!;
            var tal = new Maaltal(a.Udpegning.B.Taeller!.Value, a.Udpegning.B.Naevner!.Value, a.Udpegning.B.Graense);
            c.Udpegning.B.Should().Be(Diskretion.Oplys(tal, erAdministrator: false));
            c.Udpegning.Kategori.Should().Be(a.Udpegning.Kategori);
        }
    }

    [Fact]
    public async Task The_backtest_pairs_each_outlook_with_the_month_later_measured()
    {
        await using var db = Db();
        var oversigt = await EfterproevningReadModel.HentAsync(db, 101, erAdministrator: true);

        // Status months 2022-01..2025-12 look 1–3 months ahead; only months up to 2025-12 are measured.
        oversigt.Punkter.Select(p => p.Maaned).Distinct().Should().HaveCount(EfterproevningReadModel.AntalMaaneder)
            .And.Contain(new Maaned(2025, 12)).And.NotContain(new Maaned(2026, 1));
        oversigt.Punkter.Should().HaveCount(EfterproevningReadModel.AntalMaaneder * 2 * 3);
        var p = oversigt.Punkter.Single(p => p.Maaned == new Maaned(2025, 9) && p.Maal == Maal.BTidligIndsats && p.Horisont == 2);
        p.Statusmaaned.Should().Be(new Maaned(2025, 7));
        var udsigt = await db.Set<UdsigtEntity>().SingleAsync(u => u.Kommunekode == 101 && u.StatusMaaned == new DateOnly(2025, 7, 1)
            && u.Maaned == new DateOnly(2025, 9, 1) && u.Maal == (short)Maal.BTidligIndsats);
        var maalt = await db.Set<MaalresultatEntity>().SingleAsync(m => m.Kommunekode == 101 && m.Maaned == new DateOnly(2025, 9, 1)
            && m.Maal == (short)Maal.BTidligIndsats);
        p.Udsigt.Naevner.Should().Be(udsigt.Naevner);
        p.ProjiceretAndel.Should().Be((double)udsigt.HarTilbud / udsigt.Naevner);
        p.Maalt.Should().Be(OplystMaaltal.Helt(new Maaltal(maalt.Taeller, maalt.Naevner, maalt.Graense)));
    }

    [Fact]
    public async Task The_backtest_withholds_a_projected_share_over_a_small_group()
    {
        await using var db = Db();
        // Any municipality-month whose outlook split has a group of 1–4 (the small set has plenty).
        var lille = await db.Set<UdsigtEntity>()
            .Where(u => u.Maaned <= new DateOnly(2025, 12, 1) && u.Maaned >= new DateOnly(2025, 1, 1)
                && ((u.HarTilbud > 0 && u.HarTilbud < 5) || (u.Naevner - u.HarTilbud > 0 && u.Naevner - u.HarTilbud < 5)))
            .OrderBy(u => u.Kommunekode).FirstAsync();
        var oversigt = await EfterproevningReadModel.HentAsync(db, lille.Kommunekode, erAdministrator: false);

        var p = oversigt.Punkter.Single(p => p.Statusmaaned == Maaned.Af(lille.StatusMaaned) && p.Maaned == Maaned.Af(lille.Maaned) && (short)p.Maal == lille.Maal);
        p.ProjiceretAndel.Should().BeNull();
        p.Udsigt.Skjult.Should().BeTrue();
        p.Udsigt.HarTilbud.Should().BeNull();
    }

    [Fact]
    public async Task The_national_error_is_the_mean_over_every_municipality_month_computed_in_sql()
    {
        await using var db = Db();
        var fejl = await EfterproevningQuery.FejlAsync(db);

        // The same mean, independently in SQL over the stored tables.
        var forventet = await db.Database.SqlQueryRaw<SqlFejl>("""
            SELECT u.maal AS "Maal", ((EXTRACT(YEAR FROM u.maaned) - EXTRACT(YEAR FROM u.status_maaned)) * 12 + EXTRACT(MONTH FROM u.maaned) - EXTRACT(MONTH FROM u.status_maaned))::int AS "Horisont",
                   AVG(ABS(m.taeller::float8 / m.naevner - u.har_tilbud::float8 / u.naevner)) AS "Mae",
                   AVG(m.taeller::float8 / m.naevner - u.har_tilbud::float8 / u.naevner) AS "Bias", COUNT(*)::int AS "Antal"
            FROM udsigt u JOIN maalresultat m ON m.maaned = u.maaned AND m.kommunekode = u.kommunekode AND m.maal = u.maal
            WHERE u.naevner > 0 AND m.naevner > 0
            GROUP BY 1, 2 ORDER BY 1, 2
            """).ToListAsync();

        fejl.Should().HaveCount(6);
        forventet.Should().HaveCount(6);
        foreach (var (f, s) in fejl.Zip(forventet))
        {
            ((short)f.Maal, f.Horisont).Should().Be((s.Maal, s.Horisont));
            f.Fejl.Antal.Should().Be(s.Antal);
            f.Fejl.MiddelAbsolutFejl.Should().BeApproximately(s.Mae, 1e-9);
            f.Fejl.MiddelFejl.Should().BeApproximately(s.Bias, 1e-9);
        }
        // Horizon 1: the status months 2022-01..2025-11 (the last whose next month is measured).
        (fejl[0].Fra, fejl[0].Til).Should().Be((new Maaned(2022, 1), new Maaned(2025, 11)));
    }

    [Fact]
    public async Task A_designation_row_carries_the_open_case_of_its_municipality()
    {
        await using var db = Db();
        var udpeget = (await UdpegningReadModel.HentAsync(db, 2025, erAdministrator: true)).Raekker.First(r => r.Udpegning.Kategori == "udpeget");
        var r = await TilsynssagStore.AabnAsync(db, udpeget.Kommunekode, 2025, "Udpeget i 2025.", new Aktoer("admin@test", Rolle.Administrator),
            Fristregler.Standard, DateTimeOffset.UtcNow);
        r.Udfoert.Should().BeTrue(r.Besked);

        var efter = await UdpegningReadModel.HentAsync(db, 2025, erAdministrator: true);
        efter.Raekker.Single(x => x.Kommunekode == udpeget.Kommunekode).AabenSag.Should().Be(r.SagId);
        efter.Raekker.Where(x => x.Kommunekode != udpeget.Kommunekode).Should().OnlyContain(x => x.AabenSag == null);
        (await PrognoseReadModel.HentAsync(db, erAdministrator: true)).For(udpeget.Kommunekode)!.AabenSag.Should().Be(r.SagId);
    }

    private sealed record SqlFejl(short Maal, int Horisont, double Mae, double Bias, int Antal);
}
