using JobcenterTilsyn.Domain.Fokusmaal;
using JobcenterTilsyn.Domain.Registre;
using JobcenterTilsyn.Domain.Regler;
using JobcenterTilsyn.Domain.Tests.Builders;

namespace JobcenterTilsyn.Domain.Tests.Udsigt;

/// <summary>
/// rules.md §11, outlook of A as of the status month 2025-06 (T = 2025-06-30): for M = 2025-07 the spell must start by
/// first(M−11) = 2024-08-01, for 2025-08 by 2024-09-01, for 2025-09 by 2024-10-01.
/// </summary>
public sealed class UdsigtATests
{
    private static string A(PersonBygger person, string maaned = "2025-07", Regelsaetkatalog? katalog = null) =>
        Udsigtsmaaler.Bidrag(person.Byg(), Maal.ATilbud12m, "2025-06", maaned, katalog);

    [Theory]
    [InlineData("2024-08-01", "2025-07", "101:0/1")]
    [InlineData("2024-08-02", "2025-07", "-")]
    [InlineData("2024-08-02", "2025-08", "101:0/1")]
    [InlineData("2024-10-01", "2025-09", "101:0/1")]
    [InlineData("2024-10-02", "2025-09", "-")]
    public void The_denominator_is_an_open_spell_starting_on_or_before_the_first_of_M_minus_11(string start, string maaned, string bidrag) =>
        A(new PersonBygger().Periode(start, null), maaned).Should().Be(bidrag);

    [Fact]
    public void A_spell_that_ended_on_or_before_T_is_not_open_and_is_left_out()
    {
        A(new PersonBygger().Periode("2024-01-01", "2025-06-30")).Should().Be("-");
        A(new PersonBygger().Periode("2024-01-01", "2025-06-15")).Should().Be("-");
    }

    [Fact]
    public void An_end_after_T_is_not_known_on_T_so_the_spell_counts_as_open()
    {
        // The §2 measure of July would leave this person out (the spell ends before last(M)); on T nobody knew that.
        A(new PersonBygger().Periode("2024-01-01", "2025-07-01")).Should().Be("101:0/1");
        A(new PersonBygger().Periode("2024-01-01", "2025-07-20"), "2025-09").Should().Be("101:0/1");
    }

    [Fact]
    public void A_period_starting_after_T_is_not_known_so_it_neither_bridges_nor_moves_the_person()
    {
        // Ends on T; a July period would bridge the gap in the full data, but it is not known on T.
        A(new PersonBygger().Periode("2024-01-01", "2025-06-30").Periode("2025-07-05", null)).Should().Be("-");
        A(new PersonBygger().Periode("2024-01-01", null, kommune: 101).Periode("2025-07-01", null, kommune: 147)).Should().Be("101:0/1");
    }

    [Fact]
    public void The_municipality_is_the_responsible_one_on_T()
    {
        A(new PersonBygger().Periode("2024-01-01", "2025-05-31", kommune: 101).Periode("2025-06-01", null, kommune: 147))
            .Should().Be("147:0/1");
        // Responsibility on T, not on last(M): the later move is unknown, and an end after T reads as open.
        A(new PersonBygger().Periode("2024-01-01", "2025-06-30", kommune: 101).Periode("2025-06-30", "2025-12-31", kommune: 151))
            .Should().Be("151:0/1");
    }

    [Fact]
    public void Har_tilbud_needs_a_qualifying_tilbud_overlapping_the_first_of_M_minus_11_to_T()
    {
        var person = () => new PersonBygger().Periode("2024-01-01", null);
        A(person().Indsats(Indsatstype.Virksomhedspraktik, "2024-07-01", "2024-07-31")).Should().Be("101:0/1");
        A(person().Indsats(Indsatstype.Virksomhedspraktik, "2024-07-01", "2024-08-01")).Should().Be("101:1/1");
        A(person().Indsats(Indsatstype.Virksomhedspraktik, "2025-06-30", null)).Should().Be("101:1/1");
        // A tilbud starting after T is not known on T, even though it would count in July's measure.
        A(person().Indsats(Indsatstype.Virksomhedspraktik, "2025-07-01", "2025-07-31")).Should().Be("101:0/1");
        // The window start moves with M: a tilbud in August 2024 counts for July and August, not for September.
        A(person().Indsats(Indsatstype.Loentilskud, "2024-08-10", "2024-08-20"), "2025-08").Should().Be("101:0/1");
        A(person().Indsats(Indsatstype.Loentilskud, "2024-09-10", "2024-09-20"), "2025-09").Should().Be("101:0/1");
        A(person().Indsats(Indsatstype.Loentilskud, "2024-10-10", "2024-10-20"), "2025-09").Should().Be("101:1/1");
        A(person().Indsats(Indsatstype.Mentor, "2025-01-01", null)).Should().Be("101:0/1");
    }

    [Fact]
    public void A_tilbud_from_another_municipality_counts()
    {
        A(new PersonBygger().Periode("2024-01-01", null, kommune: 101).Indsats(Indsatstype.Nytteindsats, "2025-01-01", "2025-01-31", kommune: 147))
            .Should().Be("101:1/1");
    }

    [Fact]
    public void OEVO_counts_only_under_the_uddannelseshjaelp_exception_of_the_rule_set_in_force_on_the_last_of_M()
    {
        A(new PersonBygger().Periode("2024-01-01", null).Indsats(Indsatstype.Oevo, "2025-03-01", "2025-03-31")).Should().Be("101:0/1");
        A(new PersonBygger().Periode(Ydelsesgruppe.UddannelseshjaelpUddannelsesparat, "2024-01-01", null)
            .Indsats(Indsatstype.Oevo, "2025-03-01", "2025-03-31")).Should().Be("101:1/1");

        // A rule set from 1 August 2025 that counts ØVO for everybody: July is still under OEVO-2024, August under it.
        var katalog = new Regelsaetkatalog([Regelsaet.Lab2019, Regelsaet.Oevo2024,
            Regelsaet.Lab2019 with { Navn = "OEVO-ALLE-2025", GyldigFra = new DateOnly(2025, 8, 1) }]);
        var person = new PersonBygger().Periode("2024-01-01", null).Indsats(Indsatstype.Oevo, "2025-03-01", "2025-03-31");
        A(person, "2025-07", katalog).Should().Be("101:0/1");
        A(person, "2025-08", katalog).Should().Be("101:1/1");
    }

    [Fact]
    public void A_group_that_does_not_count_makes_no_spell()
    {
        A(new PersonBygger().Periode(Ydelsesgruppe.Sygedagpenge, "2024-01-01", null)).Should().Be("-");
    }
}
