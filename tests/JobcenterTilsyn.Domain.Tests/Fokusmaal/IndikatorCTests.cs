using JobcenterTilsyn.Domain.Fokusmaal;
using JobcenterTilsyn.Domain.Registre;
using JobcenterTilsyn.Domain.Tests.Builders;
using static JobcenterTilsyn.Domain.Tests.Builders.Dato;

namespace JobcenterTilsyn.Domain.Tests.Fokusmaal;

/// <summary>C for June 2025: W6 = [2025-01-01, 2025-06-30].</summary>
public sealed class IndikatorCTests
{
    private const Ydelsesgruppe KhAkt = Ydelsesgruppe.KontanthjaelpAktivitetsparat;
    private const Ydelsesgruppe UhAkt = Ydelsesgruppe.UddannelseshjaelpAktivitetsparat;

    private static string C(PersonBygger person) => Maaler.Bidrag(person.Byg(), Maal.CUdenIndsatsAktivitetsparat, "2025-06");

    [Fact]
    public void The_window_is_the_six_months_up_to_the_last_of_M() =>
        IndikatorC.Vindue(M("2025-06")).Should().Be((D("2025-01-01"), D("2025-06-30")));

    [Theory]
    [InlineData(KhAkt)]
    [InlineData(UhAkt)]
    public void An_aktivitetsparat_person_without_any_indsats_is_in_the_numerator(Ydelsesgruppe gruppe) =>
        C(new PersonBygger().Periode(gruppe, "2024-06-01", null)).Should().Be("101:1/1");

    [Theory]
    [InlineData("2025-01-01", "101:1/1")]
    [InlineData("2025-01-02", "-")]
    public void The_denominator_needs_a_spell_covering_all_of_the_window(string start, string bidrag) =>
        C(new PersonBygger().Periode(KhAkt, start, null)).Should().Be(bidrag);

    [Fact]
    public void The_spell_may_be_of_any_counted_group_as_long_as_last_of_M_is_aktivitetsparat()
    {
        C(new PersonBygger().Periode(Ydelsesgruppe.Dagpenge, "2024-01-01", "2025-06-29").Periode(KhAkt, "2025-06-30", null))
            .Should().Be("101:1/1");
        C(new PersonBygger().Periode(KhAkt, "2024-01-01", "2025-06-29").Periode(Ydelsesgruppe.KontanthjaelpJobparat, "2025-06-30", null))
            .Should().Be("-");
    }

    [Fact]
    public void Aktivitetsparat_must_cover_the_last_of_M_itself_not_just_a_bridged_gap()
    {
        // The spell bridges 21–30 June, but no aktivitetsparat period covers 30 June.
        C(new PersonBygger().Periode(KhAkt, "2024-01-01", "2025-06-20").Periode(KhAkt, "2025-07-01", null)).Should().Be("-");
    }

    [Theory]
    [InlineData(Indsatstype.Mentor)]
    [InlineData(Indsatstype.Oevo)]
    [InlineData(Indsatstype.Virksomhedspraktik)]
    public void Any_indsats_overlapping_the_window_takes_the_person_out_of_the_numerator_mentor_and_OEVO_included(Indsatstype type) =>
        C(new PersonBygger().Periode(KhAkt, "2024-01-01", null).Indsats(type, "2025-03-01", "2025-03-05")).Should().Be("101:0/1");

    [Theory]
    [InlineData("2024-06-01", "2024-12-31", "101:1/1")]
    [InlineData("2024-06-01", "2025-01-01", "101:0/1")]
    [InlineData("2025-06-30", null, "101:0/1")]
    [InlineData("2025-07-01", null, "101:1/1")]
    public void Only_indsatser_overlapping_the_window_count(string start, string? slut, string bidrag) =>
        C(new PersonBygger().Periode(KhAkt, "2024-01-01", null).Indsats(Indsatstype.Mentor, start, slut)).Should().Be(bidrag);

    [Fact]
    public void An_indsats_from_another_municipality_counts()
    {
        C(new PersonBygger().Periode(KhAkt, "2024-01-01", null).Indsats(Indsatstype.Oevo, "2025-02-01", "2025-02-01", kommune: 851))
            .Should().Be("101:0/1");
    }

    [Fact]
    public void The_municipality_is_decided_over_the_aktivitetsparat_periods_only()
    {
        // A later dagpenge period in 147 makes 147 responsible for A and D on 30 June, but C looks only at
        // the aktivitetsparat periods: 101.
        var person = new PersonBygger()
            .Periode(KhAkt, "2024-01-01", null, kommune: 101)
            .Periode(Ydelsesgruppe.Dagpenge, "2025-03-01", "2025-04-30", kommune: 147);

        C(person).Should().Be("101:1/1");
        Maaler.Bidrag(person.Byg(), Maal.DSamtale3m, "2025-06").Should().Be("147:0/1");
    }

    [Fact]
    public void The_aktivitetsparat_period_deciding_need_not_cover_the_last_of_M()
    {
        // Latest aktivitetsparat start on or before 30 June is 147's (ended 31 May); 101's open period covers the day.
        var person = new PersonBygger()
            .Periode(KhAkt, "2024-01-01", null, kommune: 101)
            .Periode(UhAkt, "2025-05-01", "2025-05-31", kommune: 147);

        C(person).Should().Be("147:1/1");
    }
}
