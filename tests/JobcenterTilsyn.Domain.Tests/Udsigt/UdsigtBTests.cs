using JobcenterTilsyn.Domain.Fokusmaal;
using JobcenterTilsyn.Domain.Registre;
using JobcenterTilsyn.Domain.Tests.Builders;

namespace JobcenterTilsyn.Domain.Tests.Udsigt;

/// <summary>
/// rules.md §11, outlook of B as of the status month 2025-06 (T = 2025-06-30): July's cohort are the open spells with
/// e = AddMonths(s, 6) − 1 day in July, i.e. s from 2025-01-02 to 2025-02-01.
/// </summary>
public sealed class UdsigtBTests
{
    private static string B(PersonBygger person, string maaned = "2025-07") =>
        Udsigtsmaaler.Bidrag(person.Byg(), Maal.BTidligIndsats, "2025-06", maaned);

    [Theory]
    [InlineData("2025-01-01", "2025-07", "-")]
    [InlineData("2025-01-02", "2025-07", "101:0/1")]
    [InlineData("2025-02-01", "2025-07", "101:0/1")]
    [InlineData("2025-02-02", "2025-07", "-")]
    [InlineData("2025-02-02", "2025-08", "101:0/1")]
    [InlineData("2025-03-31", "2025-09", "101:0/1")]
    public void The_cohort_is_the_open_spells_whose_six_months_end_in_M(string start, string maaned, string bidrag) =>
        B(new PersonBygger().Periode(start, null), maaned).Should().Be(bidrag);

    [Fact]
    public void A_spell_that_ended_by_T_is_left_out_and_one_ending_after_T_reads_as_open()
    {
        B(new PersonBygger().Periode("2025-01-15", "2025-06-30")).Should().Be("-");
        // The full data end (10 July) is before e (14 July): the §3 measure leaves it out, the outlook on T cannot know.
        B(new PersonBygger().Periode("2025-01-15", "2025-07-10")).Should().Be("101:0/1");
    }

    [Fact]
    public void The_municipality_is_the_responsible_one_on_s()
    {
        B(new PersonBygger().Periode("2025-01-15", "2025-03-31", kommune: 101).Periode("2025-04-01", null, kommune: 147))
            .Should().Be("101:0/1");
    }

    [Fact]
    public void Har_tilbud_needs_a_qualifying_tilbud_overlapping_s_to_T()
    {
        var person = () => new PersonBygger().Periode("2025-01-15", null);
        B(person().Indsats(Indsatstype.Virksomhedspraktik, "2025-01-01", "2025-01-14")).Should().Be("101:0/1");
        B(person().Indsats(Indsatstype.Virksomhedspraktik, "2025-01-01", "2025-01-15")).Should().Be("101:1/1");
        B(person().Indsats(Indsatstype.Virksomhedspraktik, "2025-06-30", "2025-07-31")).Should().Be("101:1/1");
        // Starts inside [s, e] but after T: the §3 measure would count it; the outlook does not know it yet.
        B(person().Indsats(Indsatstype.Virksomhedspraktik, "2025-07-01", "2025-07-05")).Should().Be("101:0/1");
    }

    [Fact]
    public void OEVO_counts_for_a_young_person_on_uddannelseshjaelp_under_OEVO_2024_and_not_for_others()
    {
        B(new PersonBygger().Periode("2025-01-15", null).Indsats(Indsatstype.Oevo, "2025-02-01", "2025-02-28")).Should().Be("101:0/1");
        B(new PersonBygger().Periode(Ydelsesgruppe.UddannelseshjaelpAktivitetsparat, "2025-01-15", null)
            .Indsats(Indsatstype.Oevo, "2025-02-01", "2025-02-28")).Should().Be("101:1/1");
    }

    [Fact]
    public void Only_the_open_spell_counts_an_earlier_closed_spell_with_e_in_M_does_not()
    {
        // First spell 2025-01-10..2025-02-10 (e 2025-07-09, but closed); gap of 16 days; second spell open from 2025-02-27.
        B(new PersonBygger().Periode("2025-01-10", "2025-02-10").Periode("2025-02-27", null), "2025-07").Should().Be("-");
        B(new PersonBygger().Periode("2025-01-10", "2025-02-10").Periode("2025-02-27", null), "2025-08").Should().Be("101:0/1");
    }

    [Fact]
    public void A_gap_of_14_days_keeps_the_spell_start()
    {
        B(new PersonBygger().Periode("2025-01-15", "2025-03-01").Periode("2025-03-16", null, kommune: 147)).Should().Be("101:0/1");
        B(new PersonBygger().Periode("2025-01-15", "2025-03-01").Periode("2025-03-17", null, kommune: 147), "2025-09").Should().Be("147:0/1");
    }
}
