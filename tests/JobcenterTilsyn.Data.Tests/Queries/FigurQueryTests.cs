using JobcenterTilsyn.Data.Entities;
using JobcenterTilsyn.Data.ReadModels;
using JobcenterTilsyn.Data.Queries;
using JobcenterTilsyn.Data.Tests.Laesemodeller;
using JobcenterTilsyn.Domain.Adgang;
using JobcenterTilsyn.Domain.Benchmark;
using JobcenterTilsyn.Domain.Fokusmaal;
using JobcenterTilsyn.Domain.Registre;
using JobcenterTilsyn.Domain.Tid;
using Microsoft.EntityFrameworkCore;

namespace JobcenterTilsyn.Data.Tests.Queries;

/// <summary>
/// The one query per figure against the computed small demo set (many municipalities have cells of 1–4 persons):
/// the rows are the stored ones, and every page read model discloses them only through <see cref="Diskretion"/>.
/// </summary>
public sealed class FigurQueryTests(DemoResultatDatabase demo) : IClassFixture<DemoResultatDatabase>
{
    private static readonly Maaned Juni = new(2025, 6);

    private TilsynDbContext Db() => demo.Database.CreateContext();

    [Fact]
    public async Task The_measures_query_returns_every_stored_row_in_the_contract_order()
    {
        await using var db = Db();
        var raekker = await MaalQuery.HentAsync(db, Juni);
        var gemt = await db.Set<MaalresultatEntity>().Where(m => m.Maaned == Juni.Foerste).ToListAsync();

        raekker.Should().HaveCount(392).And.HaveCount(gemt.Count);
        raekker.Select(r => (r.Kommunekode, r.Maal.Kode())).Should().BeInAscendingOrder(Comparer<(short, string)>.Create((x, y) =>
            x.Item1 != y.Item1 ? x.Item1.CompareTo(y.Item1) : string.CompareOrdinal(x.Item2, y.Item2)));
        foreach (var g in gemt)
        {
            var r = raekker.Single(x => x.Kommunekode == g.Kommunekode && x.Maal == (Maal)g.Maal);
            r.Tal.Should().Be(new Maaltal(g.Taeller, g.Naevner, g.Graense));
            r.Regelsaet.Should().Be(g.Regelsaet);
        }
        (await MaalQuery.HentAsync(db, Juni, 101)).Should().HaveCount(4).And.OnlyContain(r => r.Kommunekode == 101 && r.Kommunenavn == "København");
        (await MaalQuery.HentAsync(db, new Maaned(2019, 1))).Should().BeEmpty();
    }

    [Fact]
    public async Task The_national_figure_is_the_municipalities_pooled()
    {
        await using var db = Db();
        var raekker = await MaalQuery.HentAsync(db, Juni);
        var landet = await LandstalQuery.HentAsync(db, Juni);

        landet.Should().HaveCount(4);
        foreach (var l in landet)
        {
            var egne = raekker.Where(r => r.Maal == l.Maal).ToList();
            l.Tal.Taeller.Should().Be(egne.Sum(r => r.Tal.Taeller));
            l.Tal.Naevner.Should().Be(egne.Sum(r => r.Tal.Naevner));
            l.Tal.Graense.Should().Be(egne[0].Tal.Graense);
        }
        (await LandstalQuery.HentAsync(db)).Should().HaveCount(48 * 4);
    }

    [Fact]
    public async Task The_benchmark_and_designation_queries_return_the_stored_rows()
    {
        await using var db = Db();
        var aar = Maaleperiode.Kalenderaar(2025);

        var benchmark = await BenchmarkQuery.HentAsync(db, new Benchmarkudvalg(aar));
        benchmark.Should().HaveCount(392);
        benchmark.Select(b => b.Omraade).Distinct().Should().HaveCount(4);
        (await BenchmarkQuery.HentAsync(db, new Benchmarkudvalg(aar, Omraade.Alle, 851))).Should().ContainSingle()
            .Which.Navn.Should().Be("Aalborg");
        (await BenchmarkQuery.HentAsync(db, new Benchmarkudvalg(Omraade: Omraade.Alle, Kommunekode: 851, KunKalenderaar: true)))
            .Select(b => b.Periode.Til.Year).Should().Equal(2022, 2023, 2024, 2025);
        (await BenchmarkModelQuery.HentAsync(db, aar)).Select(m => m.Omraade).Should().Equal(Omraade.Alle, Omraade.Dagpenge, Omraade.Kontanthjaelp, Omraade.Sygedagpenge);

        var udpegning = await UdpegningQuery.HentAsync(db, 2025);
        udpegning.Should().HaveCount(98).And.BeInAscendingOrder(u => u.Kommunekode);
        var gemt = await db.Set<UdpegningEntity>().SingleAsync(u => u.Aar == 2025 && u.Kommunekode == 101);
        udpegning.Single(u => u.Kommunekode == 101).A.Should().Be(new Maaltal(gemt.ATaeller, gemt.ANaevner, gemt.GraenseA));
    }

    [Fact]
    public async Task The_overview_discloses_to_non_administrators_only_what_discretion_allows()
    {
        await using var db = Db();
        var raa = (await MaalQuery.HentAsync(db, Juni)).ToDictionary(r => (r.Kommunekode, r.Maal), r => r.Tal);
        var overblik = await OverblikReadModel.HentAsync(db, Juni, erAdministrator: false);

        var skjulte = 0;
        foreach (var raekke in overblik.Raekker)
        {
            foreach (var maal in MaalKoder.Alle)
            {
                var tal = raa[(raekke.Kommunekode, maal)];
                var vist = raekke.Tal(maal)!;
                vist.Should().Be(Diskretion.Oplys(tal, erAdministrator: false));
                if (Diskretion.ErLilleGruppe(tal.Taeller) || Diskretion.ErLilleGruppe(tal.Naevner - tal.Taeller) || Diskretion.ErLilleGruppe(tal.Naevner))
                {
                    skjulte++;
                    vist.Taeller.Should().BeNull();
                    vist.Andel.Should().BeNull();
                    vist.Opfyldt.Should().BeNull();
                    vist.Mangler.Should().BeNull();
                }
            }
            raekke.UnderGraense.Should().Be(MaalKoder.Alle.Any(m => raekke.Tal(m)!.Opfyldt == false),
                "a row is marked under only on a disclosed failing goal");
        }
        skjulte.Should().BeGreaterThan(0, "the small demo set has cells of 1–4 persons");

        var admin = await OverblikReadModel.HentAsync(db, Juni, erAdministrator: true);
        admin.Raekker.SelectMany(r => MaalKoder.Alle.Select(m => r.Tal(m)!)).Should().OnlyContain(t => !t.Skjult);
    }

    [Fact]
    public async Task The_kommune_profile_withholds_small_months_from_non_administrators()
    {
        await using var db = Db();
        var raekker = await db.Set<MaalresultatEntity>().AsNoTracking().ToListAsync();
        var lille = raekker.First(r => r.Naevner is > 0 and < 5);

        var profil = (await KommuneReadModel.HentAsync(db, lille.Kommunekode, erAdministrator: false))!;
        var punkt = profil.Maalserier.Single(p => p.Maal == (Maal)lille.Maal && p.Maaned == Maaned.Af(lille.Maaned));
        punkt.Kommune.Should().Be(new OplystMaaltal(null, null, null, lille.Graense, null, null, Skjult: true));
        profil.Maalserier.Should().OnlyContain(p => p.Kommune.Skjult || p.Kommune.Taeller == null || p.Kommune.Taeller == 0 || p.Kommune.Taeller >= 5);

        var adminProfil = (await KommuneReadModel.HentAsync(db, lille.Kommunekode, erAdministrator: true))!;
        adminProfil.Maalserier.Single(p => p.Maal == (Maal)lille.Maal && p.Maaned == Maaned.Af(lille.Maaned)).Kommune.Taeller.Should().Be(lille.Taeller);
    }
}
