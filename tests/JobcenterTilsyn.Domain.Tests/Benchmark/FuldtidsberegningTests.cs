using JobcenterTilsyn.Domain.Benchmark;
using JobcenterTilsyn.Domain.Registre;
using static JobcenterTilsyn.Domain.Tests.Builders.Dato;

namespace JobcenterTilsyn.Domain.Tests.Benchmark;

/// <summary>
/// rules.md §5, fuldtidspersoner (<see cref="Fuldtidsberegning"/>): hand-worked timelines here, random persons against
/// the rule read day by day in FuldtidsberegningTests.DagForDag.cs. Days of 2025 by month end:
/// Jan 31, Feb 59, Mar 90, Apr 120, May 151, Jun 181, Jul 212, Aug 243, Sep 273, Oct 304, Nov 334, Dec 365.
/// </summary>
public sealed partial class FuldtidsberegningTests
{
    private static readonly Maaleperiode Aar2025 = Maaleperiode.Kalenderaar(2025);

    [Fact]
    public void One_period_inside_the_year_counts_its_days_for_its_omraade_and_for_alle()
    {
        // 10–31 March (22) + 1–9 April (9).
        var dage = Tael(Aar2025, P(101, Ydelsesgruppe.Dagpenge, "2025-03-10", "2025-04-09"));

        dage.Dage(101, Omraade.Dagpenge).Should().Be(31);
        dage.Dage(101, Omraade.Alle).Should().Be(31);
        dage.Dage(101, Omraade.Kontanthjaelp).Should().Be(0);
        dage.Dage(101, Omraade.Sygedagpenge).Should().Be(0);
        dage.KommunerMedDage().Should().Equal(101);
    }

    [Fact]
    public void A_period_spanning_the_year_boundary_counts_only_its_days_inside_each_year()
    {
        var periode = P(101, Ydelsesgruppe.Sygedagpenge, "2024-11-15", "2025-02-10");

        // 2025: January (31) + 1–10 February (10); 2024: 15–30 November (16) + December (31).
        Tael(Aar2025, periode).Dage(101, Omraade.Sygedagpenge).Should().Be(41);
        Tael(Maaleperiode.Kalenderaar(2024), periode).Dage(101, Omraade.Sygedagpenge).Should().Be(47);
        Tael(Aar2025, P(101, Ydelsesgruppe.Sygedagpenge, "2025-12-20", "2026-01-31")).Dage(101, Omraade.Sygedagpenge).Should().Be(12);
    }

    [Fact]
    public void An_open_end_runs_to_the_last_day_of_the_period()
    {
        // October (31) + November (30) + December (31).
        Tael(Aar2025, P(101, Ydelsesgruppe.KontanthjaelpJobparat, "2025-10-01", null)).Dage(101, Omraade.Kontanthjaelp).Should().Be(92);
        Tael(Aar2025, P(101, Ydelsesgruppe.KontanthjaelpJobparat, "2019-06-01", null)).Dage(101, Omraade.Kontanthjaelp).Should().Be(365);
    }

    [Fact]
    public void Two_overlapping_periods_count_each_day_once()
    {
        // 1–20 January and 10 January–10 February: the union is 1 January–10 February = 41 days, not 20 + 32.
        var dage = Tael(Aar2025,
            P(101, Ydelsesgruppe.KontanthjaelpJobparat, "2025-01-01", "2025-01-20"),
            P(101, Ydelsesgruppe.KontanthjaelpAktivitetsparat, "2025-01-10", "2025-02-10"));

        dage.Dage(101, Omraade.Kontanthjaelp).Should().Be(41);
        dage.Dage(101, Omraade.Alle).Should().Be(41);
    }

    [Fact]
    public void A_period_nested_inside_another_of_the_same_municipality_adds_nothing()
    {
        var dage = Tael(Aar2025,
            P(101, Ydelsesgruppe.Dagpenge, "2025-01-01", "2025-12-31"),
            P(101, Ydelsesgruppe.Dagpenge, "2025-05-01", "2025-05-31"));

        dage.Dage(101, Omraade.Dagpenge).Should().Be(365);
    }

    [Fact]
    public void Overlapping_periods_of_two_omraader_count_in_each_and_once_in_alle()
    {
        // Dagpenge January (31); sygedagpenge 15 January–14 February (17 + 14 = 31); union 1 January–14 February (45).
        var dage = Tael(Aar2025,
            P(101, Ydelsesgruppe.Dagpenge, "2025-01-01", "2025-01-31"),
            P(101, Ydelsesgruppe.Sygedagpenge, "2025-01-15", "2025-02-14"));

        dage.Dage(101, Omraade.Dagpenge).Should().Be(31);
        dage.Dage(101, Omraade.Sygedagpenge).Should().Be(31);
        dage.Dage(101, Omraade.Alle).Should().Be(45);
    }

    [Fact]
    public void After_a_move_the_days_go_to_the_new_municipality_even_while_the_old_period_still_covers_them()
    {
        var dage = Tael(Aar2025,
            P(101, Ydelsesgruppe.Dagpenge, "2025-01-01", "2025-12-31"),
            P(147, Ydelsesgruppe.Dagpenge, "2025-07-01", null));

        dage.Dage(101, Omraade.Dagpenge).Should().Be(181, "101 decides January–June");
        dage.Dage(147, Omraade.Dagpenge).Should().Be(184, "from 1 July 147's period has the latest start");
    }

    [Fact]
    public void A_later_started_period_that_has_ended_still_decides_days_covered_only_by_an_earlier_longer_period()
    {
        var dage = Tael(Aar2025,
            P(101, Ydelsesgruppe.Dagpenge, "2025-01-01", "2025-12-31"),
            P(147, Ydelsesgruppe.Dagpenge, "2025-03-01", "2025-03-31"));

        dage.Dage(101, Omraade.Dagpenge).Should().Be(59, "101 decides January and February only");
        dage.Dage(147, Omraade.Dagpenge).Should().Be(306, "147 has the latest start on every day from 1 March, covered by 101's period after March");
    }

    [Fact]
    public void A_short_period_before_the_year_still_decides_a_whole_year_covered_by_an_older_open_period()
    {
        var dage = Tael(Aar2025,
            P(101, Ydelsesgruppe.Sygedagpenge, "2023-01-01", null),
            P(147, Ydelsesgruppe.Sygedagpenge, "2024-05-01", "2024-05-31"));

        dage.Dage(147, Omraade.Sygedagpenge).Should().Be(365);
        dage.Dage(101, Omraade.Sygedagpenge).Should().Be(0);
    }

    [Fact]
    public void Uncovered_days_between_periods_count_for_nobody()
    {
        var dage = Tael(Aar2025,
            P(101, Ydelsesgruppe.Dagpenge, "2025-01-01", "2025-01-31"),
            P(147, Ydelsesgruppe.Dagpenge, "2025-03-01", "2025-03-31"));

        dage.Dage(101, Omraade.Dagpenge).Should().Be(31);
        dage.Dage(147, Omraade.Dagpenge).Should().Be(31, "February is not covered");
    }

    [Fact]
    public void After_the_latest_started_period_the_uncovered_gap_counts_for_nobody_and_a_resumed_period_decides_again()
    {
        // 101 Jan, 147 15–20 Jan (latest start from 15 Jan, so 147 takes 15–31 Jan), nothing Feb–May, 101 again June.
        var dage = Tael(Aar2025,
            P(101, Ydelsesgruppe.Dagpenge, "2025-01-01", "2025-01-31"),
            P(147, Ydelsesgruppe.Dagpenge, "2025-01-15", "2025-01-20"),
            P(101, Ydelsesgruppe.Dagpenge, "2025-06-01", "2025-06-30"));

        dage.Dage(101, Omraade.Dagpenge).Should().Be(14 + 30);
        dage.Dage(147, Omraade.Dagpenge).Should().Be(17);
    }

    [Fact]
    public void A_period_starting_after_the_measured_period_changes_nothing()
    {
        var dage = Tael(Aar2025,
            P(101, Ydelsesgruppe.Dagpenge, "2025-01-01", null),
            P(147, Ydelsesgruppe.Dagpenge, "2026-01-01", null));

        dage.Dage(101, Omraade.Dagpenge).Should().Be(365);
        dage.KommunerMedDage().Should().Equal(101);
    }

    [Fact]
    public void A_period_that_ended_before_the_measured_period_with_nothing_after_it_gives_no_days()
    {
        Tael(Aar2025, P(101, Ydelsesgruppe.Dagpenge, "2020-01-01", "2024-12-31")).KommunerMedDage().Should().BeEmpty();
    }

    [Fact]
    public void On_the_same_start_the_later_end_decides_whatever_the_code()
    {
        var dage = Tael(Aar2025,
            P(147, Ydelsesgruppe.Dagpenge, "2025-01-01", "2025-03-31"),
            P(230, Ydelsesgruppe.Dagpenge, "2025-01-01", "2025-06-30"));

        dage.Dage(230, Omraade.Dagpenge).Should().Be(181);
        dage.Dage(147, Omraade.Dagpenge).Should().Be(0);
    }

    [Fact]
    public void On_the_same_start_an_open_end_is_later_than_any_date()
    {
        var dage = Tael(Aar2025,
            P(147, Ydelsesgruppe.Dagpenge, "2025-01-01", "2025-12-31"),
            P(230, Ydelsesgruppe.Dagpenge, "2025-01-01", null));

        dage.Dage(230, Omraade.Dagpenge).Should().Be(365);
        dage.Dage(147, Omraade.Dagpenge).Should().Be(0);
    }

    [Theory]
    [InlineData("2025-06-30")]
    [InlineData(null)]
    public void On_the_same_start_and_end_the_smaller_code_decides(string? slut)
    {
        var dage = Tael(Aar2025,
            P(230, Ydelsesgruppe.Dagpenge, "2025-01-01", slut),
            P(147, Ydelsesgruppe.Dagpenge, "2025-01-01", slut));

        dage.Dage(147, Omraade.Dagpenge).Should().Be(slut is null ? 365 : 181);
        dage.Dage(230, Omraade.Dagpenge).Should().Be(0);
    }

    [Fact]
    public void A_tie_on_start_in_the_middle_of_the_year_goes_to_the_later_end()
    {
        var dage = Tael(Aar2025,
            P(101, Ydelsesgruppe.Dagpenge, "2025-01-01", "2025-12-31"),
            P(147, Ydelsesgruppe.Dagpenge, "2025-07-01", "2025-07-31"),
            P(230, Ydelsesgruppe.Dagpenge, "2025-07-01", "2025-08-31"));

        dage.Dage(101, Omraade.Dagpenge).Should().Be(181);
        dage.Dage(230, Omraade.Dagpenge).Should().Be(184);
        dage.Dage(147, Omraade.Dagpenge).Should().Be(0);
    }

    // The data contract's table, written out here rather than read from Registerkoder.
    [Theory]
    [InlineData(Ydelsesgruppe.Dagpenge, Omraade.Dagpenge)]
    [InlineData(Ydelsesgruppe.KontanthjaelpJobparat, Omraade.Kontanthjaelp)]
    [InlineData(Ydelsesgruppe.KontanthjaelpAktivitetsparat, Omraade.Kontanthjaelp)]
    [InlineData(Ydelsesgruppe.UddannelseshjaelpUddannelsesparat, Omraade.Kontanthjaelp)]
    [InlineData(Ydelsesgruppe.UddannelseshjaelpAktivitetsparat, Omraade.Kontanthjaelp)]
    [InlineData(Ydelsesgruppe.Selvforsoergelse, Omraade.Kontanthjaelp)]
    [InlineData(Ydelsesgruppe.Ressourceforloeb, Omraade.Kontanthjaelp)]
    [InlineData(Ydelsesgruppe.Sygedagpenge, Omraade.Sygedagpenge)]
    [InlineData(Ydelsesgruppe.Jobafklaring, Omraade.Sygedagpenge)]
    public void Each_group_counts_in_its_own_omraade_and_in_alle_only(Ydelsesgruppe gruppe, Omraade omraade)
    {
        var dage = Tael(Aar2025, P(101, gruppe, "2025-02-01", "2025-02-28"));

        foreach (var o in Enum.GetValues<Omraade>())
        {
            dage.Dage(101, o).Should().Be(o == omraade || o == Omraade.Alle ? 28 : 0, o.ToString());
        }
    }

    [Theory]
    [InlineData(Ydelsesgruppe.Fleksjob)]
    [InlineData(Ydelsesgruppe.Foertidspension)]
    [InlineData(Ydelsesgruppe.Ledighedsydelse)]
    [InlineData(Ydelsesgruppe.Revalidering)]
    public void Groups_without_an_omraade_are_never_counted(Ydelsesgruppe gruppe)
    {
        Tael(Aar2025, P(101, gruppe, "2024-01-01", null)).KommunerMedDage().Should().BeEmpty();
    }

    [Fact]
    public void Groups_without_an_omraade_do_not_take_responsibility_either()
    {
        var dage = Tael(Aar2025,
            P(101, Ydelsesgruppe.Dagpenge, "2025-01-01", "2025-12-31"),
            P(147, Ydelsesgruppe.Fleksjob, "2025-04-01", null),
            P(230, Ydelsesgruppe.Foertidspension, "2025-07-01", null));

        dage.Dage(101, Omraade.Dagpenge).Should().Be(365);
        dage.Dage(101, Omraade.Alle).Should().Be(365);
        dage.KommunerMedDage().Should().Equal(101);
    }

    [Fact]
    public void Alle_is_the_union_of_the_three_omraader_with_responsibility_over_all_of_them()
    {
        // Dagpenge 101 Jan–Mar (90); kontanthjælp 147 Mar–Apr (61); sygedagpenge 230 June (30).
        var dage = Tael(Aar2025,
            P(101, Ydelsesgruppe.Dagpenge, "2025-01-01", "2025-03-31"),
            P(147, Ydelsesgruppe.KontanthjaelpJobparat, "2025-03-01", "2025-04-30"),
            P(230, Ydelsesgruppe.Sygedagpenge, "2025-06-01", "2025-06-30"));

        dage.Dage(101, Omraade.Dagpenge).Should().Be(90);
        dage.Dage(147, Omraade.Kontanthjaelp).Should().Be(61);
        dage.Dage(230, Omraade.Sygedagpenge).Should().Be(30);
        // Alle: 101 until 147 starts (59), 147 March–April (61; May is uncovered), 230 June (30): 150 = the union.
        dage.Dage(101, Omraade.Alle).Should().Be(59);
        dage.Dage(147, Omraade.Alle).Should().Be(61);
        dage.Dage(230, Omraade.Alle).Should().Be(30);
    }

    [Fact]
    public void Responsibility_in_an_omraade_is_decided_by_that_omraade_s_periods_only()
    {
        var dage = Tael(Aar2025,
            P(101, Ydelsesgruppe.Dagpenge, "2025-01-01", "2025-12-31"),
            P(147, Ydelsesgruppe.KontanthjaelpAktivitetsparat, "2025-07-01", "2025-07-31"));

        dage.Dage(101, Omraade.Dagpenge).Should().Be(365, "the kontanthjælp period does not enter the dagpenge benchmark");
        dage.Dage(147, Omraade.Kontanthjaelp).Should().Be(31);
        dage.Dage(101, Omraade.Alle).Should().Be(181);
        dage.Dage(147, Omraade.Alle).Should().Be(184, "in alle, 147 has the latest start from 1 July to the end of the year");
    }

    [Fact]
    public void A_leap_year_has_366_days_and_29_February_counts()
    {
        var aar2024 = Maaleperiode.Kalenderaar(2024);

        aar2024.AntalDage.Should().Be(366);
        Aar2025.AntalDage.Should().Be(365);
        Tael(aar2024, P(101, Ydelsesgruppe.Dagpenge, "2020-01-01", null)).Dage(101, Omraade.Dagpenge).Should().Be(366);
        Tael(aar2024, P(101, Ydelsesgruppe.Dagpenge, "2024-02-29", "2024-02-29")).Dage(101, Omraade.Dagpenge).Should().Be(1);
        Tael(aar2024, P(101, Ydelsesgruppe.Dagpenge, "2024-02-01", "2024-03-31")).Dage(101, Omraade.Dagpenge).Should().Be(29 + 31);
    }

    [Fact]
    public void A_rolling_period_counts_only_its_own_days()
    {
        var rullende = new Maaleperiode(D("2024-07-01"), D("2025-06-30"));

        // 15–30 June 2024 lies before the period: 1–10 July counts (10). 20–30 June 2025 (11).
        var dage = Tael(rullende,
            P(101, Ydelsesgruppe.Sygedagpenge, "2024-06-15", "2024-07-10"),
            P(147, Ydelsesgruppe.Sygedagpenge, "2025-06-20", null));

        dage.Dage(101, Omraade.Sygedagpenge).Should().Be(10);
        dage.Dage(147, Omraade.Sygedagpenge).Should().Be(11);
        Tael(rullende, P(101, Ydelsesgruppe.Dagpenge, "2024-01-01", null)).Dage(101, Omraade.Dagpenge).Should().Be(365);
    }

    [Fact]
    public void A_move_inside_a_rolling_period_splits_its_days()
    {
        var rullende = new Maaleperiode(D("2024-07-01"), D("2025-06-30"));

        // 101 July–December 2024 (184), 147 from 1 January 2025 (181).
        var dage = Tael(rullende,
            P(101, Ydelsesgruppe.Dagpenge, "2024-01-01", null),
            P(147, Ydelsesgruppe.Dagpenge, "2025-01-01", null));

        dage.Dage(101, Omraade.Dagpenge).Should().Be(184);
        dage.Dage(147, Omraade.Dagpenge).Should().Be(181);
    }

    [Fact]
    public void Days_of_several_persons_add_up_and_fuldtidspersoner_is_days_over_days_in_the_period()
    {
        var dage = new Fuldtidsdage();
        Fuldtidsberegning.Tael([P(101, Ydelsesgruppe.Dagpenge, "2025-01-01", null)], Aar2025, dage);
        Fuldtidsberegning.Tael([P(101, Ydelsesgruppe.Dagpenge, "2025-07-01", null)], Aar2025, dage);

        dage.Dage(101, Omraade.Dagpenge).Should().Be(365 + 184);
        ((double)dage.Dage(101, Omraade.Dagpenge) / Aar2025.AntalDage).Should().BeApproximately(1.504109589, 1e-9);
    }

    /// <summary>A period of person "p1"; <paramref name="slut"/> null is an open end.</summary>
    private static Ydelsesperiode P(short kommunekode, Ydelsesgruppe gruppe, string start, string? slut) =>
        new("p1", kommunekode, gruppe, D(start), slut is null ? null : D(slut));

    private static Fuldtidsdage Tael(Maaleperiode periode, params Ydelsesperiode[] perioder)
    {
        var dage = new Fuldtidsdage();
        Fuldtidsberegning.Tael(perioder, periode, dage);
        return dage;
    }
}
