using JobcenterTilsyn.Data.Entities;
using JobcenterTilsyn.Data.Queries;
using JobcenterTilsyn.Data.ReadModels;
using JobcenterTilsyn.Data.Reference;
using JobcenterTilsyn.Domain.Adgang;
using JobcenterTilsyn.Domain.Fokusmaal;
using JobcenterTilsyn.Domain.Tid;
using JobcenterTilsyn.Domain.Udsigt;
using Microsoft.EntityFrameworkCore;

namespace JobcenterTilsyn.Data.Tests.Laesemodeller;

/// <summary>The Overblik's "på vej under målet" and the framework variables' labels, against the computed small demo set.</summary>
public sealed class OverblikUdsigtTests(DemoResultatDatabase demo) : IClassFixture<DemoResultatDatabase>
{
    private static readonly Maaned December = new(2025, 12);

    private TilsynDbContext Db() => demo.Database.CreateContext();

    [Fact]
    public async Task On_its_way_below_is_met_in_the_status_month_and_short_of_the_goal_in_the_next_month_as_stored()
    {
        await using var db = Db();
        var overblik = await OverblikReadModel.HentAsync(db, December, erAdministrator: true);

        overblik.UdsigtMaaned.Should().Be(new Maaned(2026, 1));
        overblik.Regelsaet.Should().Equal("OEVO-2024");

        // The rule straight from the stored rows: met now (t ≥ g·n) and har_tilbud < ⌈g·naevner⌉ next month.
        var maal = await db.Set<MaalresultatEntity>().AsNoTracking().Where(m => m.Maaned == December.Foerste && m.Maal <= 1).ToListAsync();
        var udsigt = await db.Set<UdsigtEntity>().AsNoTracking()
            .Where(u => u.StatusMaaned == December.Foerste && u.Maaned == new DateOnly(2026, 1, 1)).ToListAsync();
        var forventet = udsigt
            .Where(u =>
            {
                var nu = maal.Single(m => m.Kommunekode == u.Kommunekode && m.Maal == u.Maal);
                var opfyldt = nu.Naevner > 0 && nu.Taeller >= (decimal)nu.Graense!.Value * nu.Naevner;
                var noedvendige = Math.Ceiling((decimal)u.Graense * u.Naevner) - u.HarTilbud;
                return opfyldt && noedvendige > 0;
            })
            .Select(u => (u.Kommunekode, (Maal)u.Maal)).OrderBy(x => x).ToList();

        var markeret = overblik.Raekker.SelectMany(r => r.PaaVejUnder.Select(m => (r.Kommunekode, m))).OrderBy(x => x).ToList();
        markeret.Should().Equal(forventet);
        markeret.Should().NotBeEmpty("the demo set has kommuner that meet a goal now and fall short next month");
    }

    [Fact]
    public async Task A_non_administrator_is_never_shown_a_mark_that_rests_on_a_withheld_figure()
    {
        await using var db = Db();
        var admin = await OverblikReadModel.HentAsync(db, December, erAdministrator: true);
        var analytiker = await OverblikReadModel.HentAsync(db, December, erAdministrator: false);
        var udsigt = (await UdsigtQuery.HentAsync(db, December)).Where(u => u.Maaned == new Maaned(2026, 1)).ToList();

        foreach (var r in analytiker.Raekker)
        {
            r.PaaVejUnder.Should().BeSubsetOf(admin.Raekker.Single(a => a.Kommunekode == r.Kommunekode).PaaVejUnder);
            foreach (var m in r.PaaVejUnder)
            {
                r.Tal(m)!.Skjult.Should().BeFalse();
                var u = udsigt.Single(x => x.Kommunekode == r.Kommunekode && x.Maal == m).Tal;
                Diskretion.ErLilleGruppe(u.Naevner).Should().BeFalse();
                Diskretion.ErLilleGruppe(u.HarTilbud).Should().BeFalse();
                Diskretion.ErLilleGruppe(u.UdenTilbud).Should().BeFalse();
            }
        }
    }

    [Fact]
    public void A_withheld_figure_now_or_a_withheld_outlook_does_not_mark_the_row()
    {
        var udsigt = new Udsigtsraekke(101, "København", December, new Maaned(2026, 1), Maal.ATilbud12m, new Udsigtstal(10, 3, 0.7), "OEVO-2024", DateTimeOffset.UnixEpoch);
        var opfyldt = OplystMaaltal.Helt(new Maaltal(80, 100, 0.7));

        OverblikUdsigt.ErPaaVejUnder(udsigt, opfyldt, erAdministrator: true).Should().BeTrue("3 of 10 needs 4 more for 70 %");
        OverblikUdsigt.ErPaaVejUnder(udsigt, opfyldt, erAdministrator: false).Should().BeFalse("har_tilbud 3 is withheld from non-administrators");
        OverblikUdsigt.ErPaaVejUnder(udsigt with { Tal = new Udsigtstal(20, 6, 0.7) }, opfyldt, erAdministrator: false).Should().BeTrue();
        OverblikUdsigt.ErPaaVejUnder(udsigt with { Tal = new Udsigtstal(20, 14, 0.7) }, opfyldt, erAdministrator: false).Should().BeFalse("14 of 20 meets 70 % exactly");
        OverblikUdsigt.ErPaaVejUnder(udsigt with { Tal = new Udsigtstal(0, 0, 0.7) }, opfyldt, erAdministrator: true).Should().BeFalse();
        OverblikUdsigt.ErPaaVejUnder(udsigt with { Tal = new Udsigtstal(20, 6, 0.7) }, Diskretion.Oplys(new Maaltal(7, 10, 0.7), false), erAdministrator: false)
            .Should().BeFalse("the figure now (7 of 10) is withheld");
        OverblikUdsigt.ErPaaVejUnder(udsigt with { Tal = new Udsigtstal(20, 6, 0.7) }, OplystMaaltal.Helt(new Maaltal(60, 100, 0.7)), erAdministrator: true)
            .Should().BeFalse("already under the goal now is not 'on its way'");
    }

    [Fact]
    public async Task Every_variable_of_the_stored_models_has_a_danish_label()
    {
        await using var db = Db();
        var modeller = await BenchmarkModelQuery.HentAsync(db, null);
        var variabler = modeller.SelectMany(m => m.Koefficienter.Select(k => k.Variabel)).Distinct().ToList();

        variabler.Should().NotBeEmpty();
        variabler.Should().OnlyContain(v => Rammevilkaarsnavne.Alle.ContainsKey(v));
        Rammevilkaarsnavne.Navn("(intercept)").Should().Be("Konstant");
        Rammevilkaarsnavne.Navn("ukendt_variabel").Should().Be("ukendt_variabel", "an unlabelled variable is shown by its code");
    }

    [Fact]
    public void A_bad_label_table_names_the_line()
    {
        var laes = (string tekst) => Rammevilkaarsnavne.Laes(new StringReader(tekst));

        laes("variabel;navn\na;A\n\nb;B\n").Should().HaveCount(2);
        laes.Invoking(l => l("variabel;navn\na;A\na;Igen\n")).Should().Throw<InvalidDataException>().WithMessage("*line 3*repeats*'a'*");
        laes.Invoking(l => l("variabel;navn\nkun_kode\n")).Should().Throw<InvalidDataException>().WithMessage("*line 2*");
        laes.Invoking(l => l("kode;tekst\n")).Should().Throw<InvalidDataException>().WithMessage("*line 1*");
    }
}
