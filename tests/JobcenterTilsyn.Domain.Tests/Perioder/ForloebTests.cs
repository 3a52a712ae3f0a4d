using JobcenterTilsyn.Domain.Perioder;
using JobcenterTilsyn.Domain.Registre;
using JobcenterTilsyn.Domain.Regler;
using JobcenterTilsyn.Domain.Tests.Builders;
using static JobcenterTilsyn.Domain.Tests.Builders.Dato;

namespace JobcenterTilsyn.Domain.Tests.Perioder;

public sealed class ForloebTests
{
    private static IReadOnlyList<Forloeb> Byg(PersonBygger person, Regelsaet? regelsaet = null) =>
        Forloeb.Byg(person.Byg().Perioder, regelsaet ?? Regelsaet.Oevo2024);

    private static Forloeb F(string start, string? slut) => new(D(start), slut is null ? null : D(slut));

    [Fact]
    public void Gap_of_14_days_is_bridged()
    {
        // Days 11–24 January missing: 14 days.
        var forloeb = Byg(new PersonBygger().Periode("2024-01-01", "2024-01-10").Periode("2024-01-25", "2024-03-31"));

        forloeb.Should().Equal(F("2024-01-01", "2024-03-31"));
    }

    [Fact]
    public void Gap_of_15_days_starts_a_new_spell()
    {
        var forloeb = Byg(new PersonBygger().Periode("2024-01-01", "2024-01-10").Periode("2024-01-26", "2024-03-31"));

        forloeb.Should().Equal(F("2024-01-01", "2024-01-10"), F("2024-01-26", "2024-03-31"));
    }

    [Fact]
    public void Gap_after_a_leap_day_month_end_counts_calendar_days()
    {
        // 1–14 March missing after 29 February: 14 days, bridged; 1–15 March: 15 days, not.
        Byg(new PersonBygger().Periode("2024-01-01", "2024-02-29").Periode("2024-03-15", null))
            .Should().Equal(F("2024-01-01", null));
        Byg(new PersonBygger().Periode("2024-01-01", "2024-02-29").Periode("2024-03-16", null))
            .Should().Equal(F("2024-01-01", "2024-02-29"), F("2024-03-16", null));
    }

    [Fact]
    public void Adjacent_and_overlapping_periods_merge_and_a_contained_one_does_not_shorten_the_spell()
    {
        var forloeb = Byg(new PersonBygger()
            .Periode("2024-01-01", "2024-01-31")
            .Periode("2024-02-01", "2024-06-30")
            .Periode("2024-03-01", "2024-03-10"));

        forloeb.Should().Equal(F("2024-01-01", "2024-06-30"));
    }

    [Fact]
    public void A_later_period_is_measured_against_the_spell_end_not_the_previous_period_end()
    {
        // The short February period ends long before 30 June; the July period still joins the spell.
        var forloeb = Byg(new PersonBygger()
            .Periode("2024-01-01", "2024-06-30")
            .Periode("2024-02-01", "2024-02-10")
            .Periode("2024-07-10", "2024-08-31"));

        forloeb.Should().Equal(F("2024-01-01", "2024-08-31"));
    }

    [Fact]
    public void An_open_member_makes_the_spell_open_and_takes_every_later_period()
    {
        var forloeb = Byg(new PersonBygger()
            .Periode("2024-01-01", "2024-01-31")
            .Periode("2024-02-10", null)
            .Periode("2026-01-01", "2026-01-31"));

        forloeb.Should().Equal(F("2024-01-01", null));
    }

    [Fact]
    public void Periods_of_groups_that_do_not_count_neither_form_nor_bridge_spells()
    {
        var forloeb = Byg(new PersonBygger()
            .Periode("2024-01-01", "2024-01-31")
            .Periode(Ydelsesgruppe.Sygedagpenge, "2024-02-01", "2024-02-29")
            .Periode("2024-03-01", null)
            .Periode(Ydelsesgruppe.Foertidspension, "2023-01-01", null));

        forloeb.Should().Equal(F("2024-01-01", "2024-01-31"), F("2024-03-01", null));
        Byg(new PersonBygger().Periode(Ydelsesgruppe.Fleksjob, "2024-01-01", null)).Should().BeEmpty();
        Byg(new PersonBygger()).Should().BeEmpty();
    }

    [Fact]
    public void A_move_or_a_change_of_group_does_not_start_a_new_spell()
    {
        var forloeb = Byg(new PersonBygger()
            .Periode(Ydelsesgruppe.Dagpenge, "2024-01-01", "2024-03-31", kommune: 101)
            .Periode(Ydelsesgruppe.KontanthjaelpAktivitetsparat, "2024-04-10", "2024-08-31", kommune: 147)
            .Periode(Ydelsesgruppe.UddannelseshjaelpUddannelsesparat, "2024-09-01", null, kommune: 851));

        forloeb.Should().Equal(F("2024-01-01", null));
    }

    [Fact]
    public void Periods_are_sorted_by_start_whatever_order_they_come_in()
    {
        var forloeb = Byg(new PersonBygger()
            .Periode("2024-07-10", "2024-08-31")
            .Periode("2023-01-01", "2023-02-28")
            .Periode("2024-01-01", "2024-06-30"));

        forloeb.Should().Equal(F("2023-01-01", "2023-02-28"), F("2024-01-01", "2024-08-31"));
    }

    [Fact]
    public void The_bridged_gap_and_the_counted_groups_come_from_the_rule_set()
    {
        var person = new PersonBygger()
            .Periode(Ydelsesgruppe.Dagpenge, "2024-01-01", "2024-01-10")
            .Periode(Ydelsesgruppe.Dagpenge, "2024-01-11", "2024-01-20")
            .Periode(Ydelsesgruppe.Dagpenge, "2024-01-22", "2024-01-31")
            .Periode(Ydelsesgruppe.Sygedagpenge, "2024-02-01", null);
        var udenBro = Regelsaet.Oevo2024 with { BroDage = 0 };
        var medSygedagpenge = Regelsaet.Oevo2024 with
        {
            TaelledeGrupper = new HashSet<Ydelsesgruppe>(Regelsaet.StandardTaelledeGrupper) { Ydelsesgruppe.Sygedagpenge },
        };

        Byg(person, udenBro).Should().Equal(F("2024-01-01", "2024-01-20"), F("2024-01-22", "2024-01-31"));
        Byg(person, medSygedagpenge).Should().Equal(F("2024-01-01", null));
    }

    [Fact]
    public void A_spell_covers_a_window_when_it_starts_on_or_before_and_ends_open_or_on_or_after_it()
    {
        F("2024-01-01", "2024-06-30").DaekkerHele(D("2024-01-01"), D("2024-06-30")).Should().BeTrue();
        F("2024-01-02", "2024-06-30").DaekkerHele(D("2024-01-01"), D("2024-06-30")).Should().BeFalse();
        F("2024-01-01", "2024-06-29").DaekkerHele(D("2024-01-01"), D("2024-06-30")).Should().BeFalse();
        F("2024-01-01", null).DaekkerHele(D("2024-01-01"), D("2099-06-30")).Should().BeTrue();
    }
}
