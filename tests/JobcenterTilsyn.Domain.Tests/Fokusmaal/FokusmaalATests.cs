using JobcenterTilsyn.Domain.Fokusmaal;
using JobcenterTilsyn.Domain.Registre;
using JobcenterTilsyn.Domain.Regler;
using JobcenterTilsyn.Domain.Tests.Builders;
using static JobcenterTilsyn.Domain.Tests.Builders.Dato;

namespace JobcenterTilsyn.Domain.Tests.Fokusmaal;

/// <summary>A for June 2025: W = [2024-07-01, 2025-06-30].</summary>
public sealed class FokusmaalATests
{
    private static string A(PersonBygger person, string maaned = "2025-06") => Maaler.Bidrag(person.Byg(), Maal.ATilbud12m, maaned);

    [Fact]
    public void The_window_runs_from_the_first_of_M_minus_11_to_the_last_of_M()
    {
        FokusmaalA.Vindue(M("2025-06")).Should().Be((D("2024-07-01"), D("2025-06-30")));
        FokusmaalA.Vindue(M("2024-02")).Should().Be((D("2023-03-01"), D("2024-02-29")));
    }

    [Theory]
    [InlineData("2024-07-01", null, "101:0/1")]
    [InlineData("2024-07-02", null, "-")]
    [InlineData("2024-07-01", "2025-06-30", "101:0/1")]
    [InlineData("2024-07-01", "2025-06-29", "-")]
    [InlineData("2020-01-01", "2026-01-01", "101:0/1")]
    public void The_denominator_needs_a_spell_from_the_window_start_to_the_last_of_M(string start, string? slut, string bidrag) =>
        A(new PersonBygger().Periode(start, slut)).Should().Be(bidrag);

    [Fact]
    public void A_gap_of_14_days_inside_the_window_keeps_the_person_in_the_denominator_and_15_days_does_not()
    {
        A(new PersonBygger().Periode("2024-01-01", "2024-12-31").Periode("2025-01-15", null)).Should().Be("101:0/1");
        A(new PersonBygger().Periode("2024-01-01", "2024-12-31").Periode("2025-01-16", null)).Should().Be("-");
    }

    [Fact]
    public void A_period_starting_after_M_can_bridge_the_end_of_M()
    {
        // The spell would end 20 June, but the July period (gap of 10 days) extends it: data used includes later periods.
        A(new PersonBygger().Periode("2024-01-01", "2025-06-20")).Should().Be("-");
        A(new PersonBygger().Periode("2024-01-01", "2025-06-20").Periode("2025-07-01", null, kommune: 147)).Should().Be("101:0/1");
    }

    [Fact]
    public void The_municipality_is_the_responsible_one_on_the_last_of_M()
    {
        A(new PersonBygger().Periode("2024-01-01", "2025-03-31", kommune: 101).Periode("2025-04-01", null, kommune: 147))
            .Should().Be("147:0/1");
        A(new PersonBygger().Periode("2024-01-01", "2025-06-29", kommune: 101).Periode("2025-06-30", null, kommune: 147))
            .Should().Be("147:0/1");
        A(new PersonBygger().Periode("2024-01-01", "2025-06-30", kommune: 101).Periode("2025-07-01", null, kommune: 147))
            .Should().Be("101:0/1");
    }

    [Fact]
    public void A_person_with_overlapping_periods_in_two_municipalities_counts_once()
    {
        A(new PersonBygger()
                .Periode(Ydelsesgruppe.Dagpenge, "2024-01-01", null, kommune: 101)
                .Periode(Ydelsesgruppe.KontanthjaelpJobparat, "2024-03-01", null, kommune: 147)
                .Indsats(Indsatstype.Loentilskud, "2025-02-01", "2025-03-01"))
            .Should().Be("147:1/1");
    }

    [Theory]
    [InlineData("2024-06-01", "2024-07-01", "101:1/1")]
    [InlineData("2024-06-01", "2024-06-30", "101:0/1")]
    [InlineData("2025-06-30", null, "101:1/1")]
    [InlineData("2025-07-01", "2025-08-01", "101:0/1")]
    [InlineData("2023-01-01", null, "101:1/1")]
    public void The_numerator_needs_a_tilbud_overlapping_the_window_even_one_that_started_before_it(string start, string? slut, string bidrag) =>
        A(new PersonBygger().Periode("2023-01-01", null).Indsats(Indsatstype.Virksomhedspraktik, start, slut)).Should().Be(bidrag);

    [Fact]
    public void A_tilbud_from_another_municipality_counts_for_the_responsible_one()
    {
        A(new PersonBygger().Periode("2023-01-01", null, kommune: 101).Indsats(Indsatstype.Nytteindsats, "2025-01-01", "2025-01-31", kommune: 851))
            .Should().Be("101:1/1");
    }

    [Fact]
    public void Mentor_never_qualifies()
    {
        A(new PersonBygger().Periode("2023-01-01", null).Indsats(Indsatstype.Mentor, "2024-01-01", null)).Should().Be("101:0/1");
    }

    [Fact]
    public void OEVO_for_a_person_on_kontanthjaelp_stops_counting_when_OEVO_2024_comes_into_force()
    {
        // W(2023-12) = [2023-01-01, 2023-12-31] under LAB-2019; W(2024-01) = [2023-02-01, 2024-01-31] under OEVO-2024.
        var person = new PersonBygger()
            .Periode(Ydelsesgruppe.KontanthjaelpJobparat, "2022-01-01", null)
            .Indsats(Indsatstype.Oevo, "2023-03-01", "2023-03-31");

        A(person, "2023-12").Should().Be("101:1/1");
        A(person, "2024-01").Should().Be("101:0/1");
    }

    [Fact]
    public void OEVO_for_a_person_on_uddannelseshjaelp_counts_under_OEVO_2024()
    {
        var person = new PersonBygger()
            .Periode(Ydelsesgruppe.UddannelseshjaelpUddannelsesparat, "2023-01-01", null)
            .Indsats(Indsatstype.Oevo, "2025-01-01", "2025-01-31");

        A(person).Should().Be("101:1/1");
        A(person, "2024-01").Should().Be("101:0/1");
    }

    [Fact]
    public void OEVO_starting_before_the_window_is_judged_on_the_window_start()
    {
        var paaUddannelseshjaelpVedVinduesstart = new PersonBygger()
            .Periode(Ydelsesgruppe.KontanthjaelpJobparat, "2023-01-01", "2024-06-30")
            .Periode(Ydelsesgruppe.UddannelseshjaelpAktivitetsparat, "2024-07-01", null)
            .Indsats(Indsatstype.Oevo, "2024-05-01", "2024-08-31");
        var paaKontanthjaelpVedVinduesstart = new PersonBygger()
            .Periode(Ydelsesgruppe.UddannelseshjaelpAktivitetsparat, "2023-01-01", "2024-06-30")
            .Periode(Ydelsesgruppe.KontanthjaelpJobparat, "2024-07-01", null)
            .Indsats(Indsatstype.Oevo, "2024-05-01", "2024-08-31");

        A(paaUddannelseshjaelpVedVinduesstart).Should().Be("101:1/1");
        A(paaKontanthjaelpVedVinduesstart).Should().Be("101:0/1");
    }

    [Fact]
    public void Beregn_refuses_spells_built_under_other_spell_rules()
    {
        var grundlag = Persongrundlag.Byg(new PersonBygger().Periode("2023-01-01", null).Byg(), Regelsaet.Oevo2024 with { BroDage = 30 });

        var beregn = () => FokusmaalA.Beregn(grundlag, M("2025-06"), Regelsaet.Oevo2024);

        beregn.Should().Throw<ArgumentException>();
    }
}
