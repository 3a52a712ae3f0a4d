using JobcenterTilsyn.Domain.Fokusmaal;
using JobcenterTilsyn.Domain.Registre;
using JobcenterTilsyn.Domain.Regler;
using JobcenterTilsyn.Domain.Tests.Builders;
using static JobcenterTilsyn.Domain.Tests.Builders.Dato;

namespace JobcenterTilsyn.Domain.Tests.Fokusmaal;

public sealed class KvalificerendeTilbudTests
{
    // The window of A in June 2025.
    private static readonly DateOnly Fra = D("2024-07-01");
    private static readonly DateOnly Til = D("2025-06-30");

    private static bool Kvalificerer(PersonBygger person, Regelsaet regelsaet)
    {
        var data = person.Byg();
        return KvalificerendeTilbud.Kvalificerer(data.Indsatser.Single(), Fra, Til, data.Perioder, regelsaet);
    }

    [Theory]
    [InlineData(Indsatstype.Virksomhedspraktik, true)]
    [InlineData(Indsatstype.Nytteindsats, true)]
    [InlineData(Indsatstype.Loentilskud, true)]
    [InlineData(Indsatstype.OrdinaerUddannelse, true)]
    [InlineData(Indsatstype.Mentor, false)]
    public void Tilbud_types_qualify_under_every_rule_set_and_mentor_never(Indsatstype type, bool kvalificerer)
    {
        foreach (var gruppe in new[] { Ydelsesgruppe.KontanthjaelpJobparat, Ydelsesgruppe.UddannelseshjaelpUddannelsesparat })
        {
            var person = new PersonBygger().Periode(gruppe, "2024-01-01", null).Indsats(type, "2025-01-01", "2025-01-31");

            Kvalificerer(person, Regelsaet.Lab2019).Should().Be(kvalificerer);
            Kvalificerer(person, Regelsaet.Oevo2024).Should().Be(kvalificerer);
        }
    }

    [Fact]
    public void OEVO_for_a_person_on_kontanthjaelp_counts_under_LAB_2019_only()
    {
        var person = new PersonBygger()
            .Periode(Ydelsesgruppe.KontanthjaelpAktivitetsparat, "2024-01-01", null)
            .Indsats(Indsatstype.Oevo, "2025-01-01", "2025-01-31");

        Kvalificerer(person, Regelsaet.Lab2019).Should().BeTrue();
        Kvalificerer(person, Regelsaet.Oevo2024).Should().BeFalse();
    }

    [Theory]
    [InlineData(Ydelsesgruppe.UddannelseshjaelpUddannelsesparat)]
    [InlineData(Ydelsesgruppe.UddannelseshjaelpAktivitetsparat)]
    public void OEVO_for_a_person_on_uddannelseshjaelp_counts_under_both_rule_sets(Ydelsesgruppe gruppe)
    {
        var person = new PersonBygger()
            .Periode(gruppe, "2024-01-01", null)
            .Indsats(Indsatstype.Oevo, "2025-01-01", "2025-01-31");

        Kvalificerer(person, Regelsaet.Lab2019).Should().BeTrue();
        Kvalificerer(person, Regelsaet.Oevo2024).Should().BeTrue();
    }

    [Fact]
    public void OEVO_starting_before_the_window_is_judged_on_the_window_start()
    {
        // ØVO from 1 May (on kontanthjælp) to 31 August; the window starts 1 July, on uddannelseshjælp.
        var person = new PersonBygger()
            .Periode(Ydelsesgruppe.KontanthjaelpJobparat, "2023-01-01", "2024-06-30")
            .Periode(Ydelsesgruppe.UddannelseshjaelpAktivitetsparat, "2024-07-01", null)
            .Indsats(Indsatstype.Oevo, "2024-05-01", "2024-08-31");

        Kvalificerer(person, Regelsaet.Oevo2024).Should().BeTrue();
    }

    [Fact]
    public void OEVO_started_on_uddannelseshjaelp_does_not_count_when_the_window_starts_on_kontanthjaelp()
    {
        var person = new PersonBygger()
            .Periode(Ydelsesgruppe.UddannelseshjaelpUddannelsesparat, "2023-01-01", "2024-06-30")
            .Periode(Ydelsesgruppe.KontanthjaelpJobparat, "2024-07-01", null)
            .Indsats(Indsatstype.Oevo, "2024-05-01", "2024-08-31");

        Kvalificerer(person, Regelsaet.Oevo2024).Should().BeFalse();
    }

    [Theory]
    [InlineData("2024-09-30", true)]
    [InlineData("2024-10-01", false)]
    public void OEVO_starting_inside_the_window_is_judged_on_its_own_first_day(string start, bool kvalificerer)
    {
        var person = new PersonBygger()
            .Periode(Ydelsesgruppe.UddannelseshjaelpUddannelsesparat, "2024-01-01", "2024-09-30")
            .Periode(Ydelsesgruppe.KontanthjaelpJobparat, "2024-10-01", null)
            .Indsats(Indsatstype.Oevo, start, "2024-11-15");

        Kvalificerer(person, Regelsaet.Oevo2024).Should().Be(kvalificerer);
    }

    [Fact]
    public void OEVO_does_not_count_when_the_rule_set_has_neither_OEVO_for_all_nor_the_exception()
    {
        var person = new PersonBygger()
            .Periode(Ydelsesgruppe.UddannelseshjaelpUddannelsesparat, "2024-01-01", null)
            .Indsats(Indsatstype.Oevo, "2025-01-01", "2025-01-31");

        Kvalificerer(person, Regelsaet.Oevo2024 with { UddannelseshjaelpUndtagelse = false }).Should().BeFalse();
    }

    [Theory]
    [InlineData("2024-06-01", "2024-07-01", true)]
    [InlineData("2024-06-01", "2024-06-30", false)]
    [InlineData("2025-06-30", null, true)]
    [InlineData("2025-07-01", null, false)]
    [InlineData("2020-01-01", null, true)]
    public void A_tilbud_counts_for_a_window_only_when_it_overlaps_it(string start, string? slut, bool findes)
    {
        var data = new PersonBygger()
            .Periode("2024-01-01", null)
            .Indsats(Indsatstype.Virksomhedspraktik, start, slut)
            .Byg();

        KvalificerendeTilbud.Findes(data.Indsatser, Fra, Til, data.Perioder, Regelsaet.Oevo2024).Should().Be(findes);
    }
}
