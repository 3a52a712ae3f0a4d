using JobcenterTilsyn.Domain.Fokusmaal;
using JobcenterTilsyn.Domain.Regler;
using JobcenterTilsyn.Domain.Registre;
using JobcenterTilsyn.Domain.Tests.Builders;
using JobcenterTilsyn.Domain.Udsigt;
using static JobcenterTilsyn.Domain.Tests.Builders.Dato;

namespace JobcenterTilsyn.Domain.Tests.Udsigt;

/// <summary>rules.md §11: uden_tilbud and noedvendige = max(0, ⌈g·naevner⌉ − har_tilbud), exact; and the counting over many persons.</summary>
public sealed class UdsigtstalTests
{
    [Theory]
    [InlineData(10, 7, 0.70, 3, 0)]
    [InlineData(10, 6, 0.70, 4, 1)]
    [InlineData(450, 312, 0.70, 138, 3)]
    [InlineData(5, 1, 0.80, 4, 3)]
    [InlineData(100, 7, 0.07, 93, 0)]
    [InlineData(3, 3, 0.70, 0, 0)]
    [InlineData(0, 0, 0.70, 0, 0)]
    public void Noedvendige_is_the_exact_ceiling_of_g_times_naevner_less_har_tilbud_never_below_zero(int naevner, int har, double g, int uden, int noedvendige)
    {
        var tal = new Udsigtstal(naevner, har, g);
        tal.UdenTilbud.Should().Be(uden);
        tal.Noedvendige.Should().Be(noedvendige);
    }

    [Fact]
    public void Every_municipality_goal_and_coming_month_gets_a_row_with_the_rule_set_in_force_on_its_last_day()
    {
        var katalog = new Regelsaetkatalog([Regelsaet.Lab2019, Regelsaet.Oevo2024,
            Regelsaet.Oevo2024 with { Navn = "MAAL-2025", GyldigFra = new DateOnly(2025, 9, 1), GraenseA = 0.75 }]);
        var personer = new[]
        {
            new PersonBygger("p1").Periode("2024-01-01", null).Indsats(Indsatstype.Virksomhedspraktik, "2025-01-01", "2025-01-31").Byg(),
            new PersonBygger("p2").Periode("2024-01-01", null).Byg(),
            new PersonBygger("p3").Periode("2025-01-20", null, kommune: 147).Byg(),
        };
        var resultater = Udsigtsmaaler.Tael(personer, "2025-06", katalog).Resultater([101, 147, 151], [M("2025-06")], katalog);

        resultater.Should().HaveCount(3 * 2 * 3);
        resultater.Select(r => (r.Kommunekode, r.Maal, r.Maaned.ToString())).Should().BeInAscendingOrder(x => x.Kommunekode);
        var a101 = resultater.Where(r => r.Kommunekode == 101 && r.Maal == Maal.ATilbud12m).ToList();
        a101.Select(r => r.Maaned.ToString()).Should().Equal("2025-07", "2025-08", "2025-09");
        a101.Select(r => $"{r.HarTilbud}/{r.Naevner}").Should().Equal("1/2", "1/2", "1/2");
        a101.Select(r => r.Regelsaet.Navn).Should().Equal("OEVO-2024", "OEVO-2024", "MAAL-2025");
        a101.Select(r => r.Tal.Noedvendige).Should().Equal(1, 1, 1);
        a101[2].Graense.Should().Be(0.75);
        resultater.Single(r => r.Kommunekode == 147 && r.Maal == Maal.BTidligIndsats && r.Maaned == M("2025-07")).Naevner.Should().Be(1);
        resultater.Where(r => r.Kommunekode == 151).Should().OnlyContain(r => r.Naevner == 0 && r.HarTilbud == 0 && r.Tal.Noedvendige == 0);
    }

    [Fact]
    public void Counts_for_a_municipality_outside_the_list_are_an_error_naming_it()
    {
        var taelling = Udsigtsmaaler.Tael([new PersonBygger().Periode("2024-01-01", null, kommune: 999).Byg()], "2025-06");
        var act = () => taelling.Resultater([101], [M("2025-06")], Regelsaetkatalog.Standard);
        act.Should().Throw<InvalidOperationException>().WithMessage("*999*");
    }

    [Fact]
    public void Counts_of_two_threads_merge_into_the_same_totals()
    {
        var a = Udsigtsmaaler.Tael([new PersonBygger("p1").Periode("2024-01-01", null).Byg()], "2025-06");
        var b = Udsigtsmaaler.Tael([new PersonBygger("p2").Periode("2024-01-01", null).Byg()], "2025-06");
        a.Flet(b);
        a.Naevner(M("2025-06"), 1, 101, Maal.ATilbud12m).Should().Be(2);
    }

    [Fact]
    public void Data_as_known_on_T_drops_rows_starting_after_T_and_opens_ends_after_T()
    {
        var person = new PersonBygger()
            .Periode("2024-01-01", "2025-06-30").Periode("2025-06-01", "2025-07-01").Periode("2025-07-01", null)
            .Indsats(Indsatstype.Loentilskud, "2025-06-01", "2025-12-31").Indsats(Indsatstype.Loentilskud, "2025-07-01", null).Byg();
        var kendt = KendtPaaStatusdag.Person(person, D("2025-06-30"));
        kendt.Perioder.Select(p => (p.Start, p.Slut)).Should().Equal((D("2024-01-01"), D("2025-06-30")), (D("2025-06-01"), (DateOnly?)null));
        kendt.Indsatser.Select(i => (i.Start, i.Slut)).Should().Equal((D("2025-06-01"), (DateOnly?)null));
    }
}
