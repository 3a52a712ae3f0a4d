using JobcenterTilsyn.Domain.Fokusmaal;
using JobcenterTilsyn.Domain.Maaling;
using JobcenterTilsyn.Domain.Regler;
using JobcenterTilsyn.Domain.Tests.Builders;
using static JobcenterTilsyn.Domain.Tests.Builders.Dato;

namespace JobcenterTilsyn.Domain.Tests.Maaling;

public sealed class MaaletaellingTests
{
    [Fact]
    public void Contributions_add_to_the_denominator_and_when_met_to_the_numerator()
    {
        var t = new Maaletaelling();
        t.Tilfoej(101, Maal.ATilbud12m, M("2025-06"), iTaeller: true);
        t.Tilfoej(101, Maal.ATilbud12m, M("2025-06"), iTaeller: false);
        t.Tilfoej(new Bidrag(101, true), Maal.ATilbud12m, M("2025-05"));

        t.Taeller(101, Maal.ATilbud12m, M("2025-06")).Should().Be(1);
        t.Naevner(101, Maal.ATilbud12m, M("2025-06")).Should().Be(2);
        t.Naevner(101, Maal.ATilbud12m, M("2025-05")).Should().Be(1);
        t.Naevner(101, Maal.BTidligIndsats, M("2025-06")).Should().Be(0);
        t.Naevner(147, Maal.ATilbud12m, M("2025-06")).Should().Be(0);
        t.Naevner(101, Maal.ATilbud12m, M("2020-01")).Should().Be(0);
    }

    [Fact]
    public void Two_counts_filled_separately_merge_into_their_sum()
    {
        var a = new Maaletaelling();
        var b = new Maaletaelling();
        a.Tilfoej(101, Maal.DSamtale3m, M("2025-06"), true);
        b.Tilfoej(101, Maal.DSamtale3m, M("2025-06"), false);
        b.Tilfoej(860, Maal.CUdenIndsatsAktivitetsparat, M("2024-12"), true);

        a.Flet(b);

        a.Brok(Maal.DSamtale3m, "2025-06").Should().Be("1/2");
        a.Brok(Maal.CUdenIndsatsAktivitetsparat, "2024-12", kommune: 860).Should().Be("1/1");
        b.Brok(Maal.DSamtale3m, "2025-06").Should().Be("0/1");
        var selv = () => a.Flet(a);
        selv.Should().Throw<ArgumentException>();
    }

    [Fact]
    public void Results_have_a_row_for_every_municipality_goal_and_month_also_without_persons()
    {
        var t = new Maaletaelling();
        t.Tilfoej(147, Maal.ATilbud12m, M("2024-01"), true);

        var resultater = t.Resultater([147, 101], [M("2023-12"), M("2024-01")], Regelsaetkatalog.Standard);

        resultater.Should().HaveCount(2 * 4 * 2);
        resultater.Select(r => (r.Kommunekode, r.Maal, r.Maaned)).Should().Equal(
            from kode in new short[] { 101, 147 }
            from maal in MaalKoder.Alle
            from maaned in new[] { M("2023-12"), M("2024-01") }
            select (kode, maal, maaned));
        var a = resultater.Single(r => r is { Kommunekode: 147, Maal: Maal.ATilbud12m } && r.Maaned == M("2024-01"));
        a.Taeller.Should().Be(1);
        a.Naevner.Should().Be(1);
        a.Andel.Should().Be(1.0);
        a.Opfyldt.Should().BeTrue();
        var tom = resultater.Single(r => r is { Kommunekode: 101, Maal: Maal.ATilbud12m } && r.Maaned == M("2024-01"));
        tom.Naevner.Should().Be(0);
        tom.Andel.Should().BeNull();
        tom.Opfyldt.Should().BeNull();
        tom.Graense.Should().Be(0.70);
    }

    [Fact]
    public void Each_result_carries_the_rule_set_in_force_on_the_last_day_of_its_month()
    {
        var resultater = new Maaletaelling().Resultater([101], [M("2023-12"), M("2024-01")], Regelsaetkatalog.Standard);

        resultater.Where(r => r.Maaned == M("2023-12")).Should().OnlyContain(r => r.Regelsaet == Regelsaet.Lab2019);
        resultater.Where(r => r.Maaned == M("2024-01")).Should().OnlyContain(r => r.Regelsaet == Regelsaet.Oevo2024);
    }

    [Fact]
    public void Counts_for_a_municipality_that_is_not_listed_are_an_error_not_silently_dropped()
    {
        var t = new Maaletaelling();
        t.Tilfoej(999, Maal.DSamtale3m, M("2025-06"), false);

        var resultater = () => t.Resultater([101], [M("2025-06")], Regelsaetkatalog.Standard);

        resultater.Should().Throw<InvalidOperationException>().WithMessage("*999*");
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(1000)]
    public void A_kommunekode_outside_three_digits_is_refused(short kode)
    {
        var tilfoej = () => new Maaletaelling().Tilfoej(kode, Maal.ATilbud12m, M("2025-06"), true);

        tilfoej.Should().Throw<ArgumentOutOfRangeException>();
    }
}
