using JobcenterTilsyn.Domain.Fokusmaal;
using JobcenterTilsyn.Domain.Registre;
using JobcenterTilsyn.Domain.Regler;
using JobcenterTilsyn.Domain.Tests.Builders;
using static JobcenterTilsyn.Domain.Tests.Builders.Dato;

namespace JobcenterTilsyn.Domain.Tests.Fokusmaal;

public sealed class FokusmaalBTests
{
    private static string B(PersonBygger person, string maaned) => Maaler.Bidrag(person.Byg(), Maal.BTidligIndsats, maaned);

    [Theory]
    [InlineData("2024-01-01", "2024-06-30")]
    [InlineData("2024-03-01", "2024-08-31")]
    [InlineData("2023-08-31", "2024-02-28")]
    [InlineData("2023-09-01", "2024-02-29")]
    [InlineData("2024-02-29", "2024-08-28")]
    [InlineData("2023-02-28", "2023-08-27")]
    [InlineData("2024-08-28", "2025-02-27")]
    [InlineData("2024-08-31", "2025-02-27")]
    [InlineData("2024-09-01", "2025-02-28")]
    public void The_first_six_months_end_one_day_before_AddMonths_6_which_clamps_to_the_month_end(string s, string e) =>
        FokusmaalB.SeksMaanedersSlut(D(s)).Should().Be(D(e));

    [Fact]
    public void A_spell_starting_31_August_is_in_the_cohort_of_February_only()
    {
        var person = new PersonBygger().Periode("2023-08-31", null);

        B(person, "2024-01").Should().Be("-");
        B(person, "2024-02").Should().Be("101:0/1");
        B(person, "2024-03").Should().Be("-");
    }

    [Fact]
    public void A_spell_starting_on_a_leap_day_is_in_the_cohort_of_August()
    {
        var person = new PersonBygger().Periode("2024-02-29", null);

        B(person, "2024-07").Should().Be("-");
        B(person, "2024-08").Should().Be("101:0/1");
    }

    [Theory]
    [InlineData("2024-06-30", "101:0/1")]
    [InlineData("2024-06-29", "-")]
    [InlineData(null, "101:0/1")]
    public void The_cohort_needs_the_spell_to_last_until_e(string? slut, string bidrag) =>
        B(new PersonBygger().Periode("2024-01-01", slut), "2024-06").Should().Be(bidrag);

    [Fact]
    public void The_municipality_is_the_responsible_one_on_the_spell_start_not_on_e()
    {
        var person = new PersonBygger()
            .Periode("2024-01-01", "2024-02-29", kommune: 101)
            .Periode("2024-03-01", null, kommune: 147);

        B(person, "2024-06").Should().Be("101:0/1");
    }

    [Fact]
    public void On_the_spell_start_ties_go_to_the_later_end_then_the_smaller_code()
    {
        B(new PersonBygger().Periode("2024-01-01", "2024-03-31", kommune: 101).Periode("2024-01-01", null, kommune: 147), "2024-06")
            .Should().Be("147:0/1");
        B(new PersonBygger().Periode("2024-01-01", null, kommune: 147).Periode("2024-01-01", null, kommune: 101), "2024-06")
            .Should().Be("101:0/1");
    }

    [Fact]
    public void An_earlier_spell_in_another_municipality_does_not_decide()
    {
        var person = new PersonBygger()
            .Periode("2023-01-01", "2023-06-30", kommune: 851)
            .Periode("2024-01-01", null, kommune: 101);

        B(person, "2024-06").Should().Be("101:0/1");
    }

    [Theory]
    [InlineData("2024-06-30", "2024-07-31", "101:1/1")]
    [InlineData("2024-07-01", "2024-07-31", "101:0/1")]
    [InlineData("2023-12-01", "2024-01-01", "101:1/1")]
    [InlineData("2023-12-01", "2023-12-31", "101:0/1")]
    public void The_numerator_needs_a_tilbud_overlapping_s_to_e(string start, string slut, string bidrag) =>
        B(new PersonBygger().Periode("2024-01-01", null).Indsats(Indsatstype.OrdinaerUddannelse, start, slut), "2024-06")
            .Should().Be(bidrag);

    [Fact]
    public void A_tilbud_from_another_municipality_counts()
    {
        B(new PersonBygger().Periode("2024-01-01", null).Indsats(Indsatstype.Loentilskud, "2024-03-01", null, kommune: 461), "2024-06")
            .Should().Be("101:1/1");
    }

    [Fact]
    public void OEVO_starting_before_the_spell_is_judged_on_the_spell_start()
    {
        var person = new PersonBygger()
            .Periode(Ydelsesgruppe.UddannelseshjaelpUddannelsesparat, "2024-01-01", null)
            .Indsats(Indsatstype.Oevo, "2023-11-01", "2024-01-10");

        B(person, "2024-06").Should().Be("101:1/1");
    }

    [Fact]
    public void OEVO_inside_the_first_six_months_is_judged_on_its_own_first_day_not_the_window_of_A()
    {
        // On kontanthjælp when the ØVO starts (1 February), on uddannelseshjælp from 1 April.
        var person = new PersonBygger()
            .Periode(Ydelsesgruppe.KontanthjaelpJobparat, "2024-01-01", "2024-03-31")
            .Periode(Ydelsesgruppe.UddannelseshjaelpUddannelsesparat, "2024-04-01", null)
            .Indsats(Indsatstype.Oevo, "2024-02-01", "2024-05-31");

        B(person, "2024-06").Should().Be("101:0/1");
    }

    [Fact]
    public void OEVO_for_a_person_on_kontanthjaelp_counts_by_the_rule_set_of_the_month_e_falls_in()
    {
        // s 2023-06-15 → e 2023-12-14 (LAB-2019); s 2023-10-01 → e 2024-03-31 (OEVO-2024), though the ØVO was in 2023.
        B(new PersonBygger().Periode("2023-06-15", null).Indsats(Indsatstype.Oevo, "2023-11-01", "2023-11-30"), "2023-12")
            .Should().Be("101:1/1");
        B(new PersonBygger().Periode("2023-10-01", null).Indsats(Indsatstype.Oevo, "2023-11-01", "2023-11-30"), "2024-03")
            .Should().Be("101:0/1");
    }

    [Fact]
    public void Mentor_never_qualifies()
    {
        B(new PersonBygger().Periode("2024-01-01", null).Indsats(Indsatstype.Mentor, "2024-01-01", null), "2024-06")
            .Should().Be("101:0/1");
    }

    [Fact]
    public void Each_spell_counts_in_the_month_its_own_e_falls_in()
    {
        var person = new PersonBygger()
            .Periode("2023-01-01", "2023-09-30")
            .Periode("2024-01-01", null)
            .Indsats(Indsatstype.Virksomhedspraktik, "2024-02-01", "2024-02-15");

        B(person, "2023-06").Should().Be("101:0/1");
        B(person, "2024-06").Should().Be("101:1/1");
        var grundlag = Persongrundlag.Byg(person.Byg(), Regelsaet.Oevo2024);
        FokusmaalB.Beregn(grundlag, M("2024-06"), Regelsaet.Oevo2024).Should().Equal(new Bidrag(101, true));
    }
}
