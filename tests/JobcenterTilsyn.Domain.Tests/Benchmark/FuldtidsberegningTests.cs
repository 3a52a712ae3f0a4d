using JobcenterTilsyn.Domain.Benchmark;
using JobcenterTilsyn.Domain.Perioder;
using JobcenterTilsyn.Domain.Registre;
using static JobcenterTilsyn.Domain.Tests.Builders.Dato;

namespace JobcenterTilsyn.Domain.Tests.Benchmark;

public sealed class FuldtidsberegningTests
{
    private static readonly Maaleperiode Aar2025 = Maaleperiode.Kalenderaar(2025);

    [Fact]
    public void A_period_inside_the_year_counts_its_days_for_its_omraade_and_alle()
    {
        var dage = Tael(Aar2025, P(101, Ydelsesgruppe.Dagpenge, "2025-03-01", "2025-03-31"));

        dage.Dage(101, Omraade.Dagpenge).Should().Be(31);
        dage.Dage(101, Omraade.Alle).Should().Be(31);
        dage.Dage(101, Omraade.Kontanthjaelp).Should().Be(0);
    }

    [Fact]
    public void Only_days_inside_the_period_count_and_an_open_end_runs_to_its_last_day()
    {
        var dage = Tael(Aar2025, P(101, Ydelsesgruppe.Sygedagpenge, "2024-12-01", null));

        dage.Dage(101, Omraade.Sygedagpenge).Should().Be(365);
    }

    [Fact]
    public void Overlapping_periods_count_each_day_once()
    {
        var dage = Tael(Aar2025,
            P(101, Ydelsesgruppe.KontanthjaelpJobparat, "2025-01-01", "2025-01-20"),
            P(101, Ydelsesgruppe.KontanthjaelpAktivitetsparat, "2025-01-10", "2025-01-31"));

        dage.Dage(101, Omraade.Kontanthjaelp).Should().Be(31);
    }

    [Fact]
    public void After_a_move_the_days_go_to_the_municipality_whose_period_started_last()
    {
        var dage = Tael(Aar2025,
            P(101, Ydelsesgruppe.Dagpenge, "2025-01-01", "2025-06-30"),
            P(147, Ydelsesgruppe.Dagpenge, "2025-04-01", "2025-04-30"));

        // 101 decides Jan–Mar (90 days); from 1 April 147 has the latest start and decides every covered day after.
        dage.Dage(101, Omraade.Dagpenge).Should().Be(90);
        dage.Dage(147, Omraade.Dagpenge).Should().Be(30 + 61, "inside 101's period after 147's ended, 147 still has the latest start");
    }

    [Fact]
    public void Same_start_goes_to_the_later_end_then_to_the_smaller_code()
    {
        var senereSlut = Tael(Aar2025, P(147, Ydelsesgruppe.Dagpenge, "2025-01-01", "2025-01-31"), P(230, Ydelsesgruppe.Dagpenge, "2025-01-01", "2025-01-10"));
        var sammeSlut = Tael(Aar2025, P(230, Ydelsesgruppe.Dagpenge, "2025-01-01", "2025-01-31"), P(147, Ydelsesgruppe.Dagpenge, "2025-01-01", "2025-01-31"));

        senereSlut.Dage(147, Omraade.Dagpenge).Should().Be(31);
        sammeSlut.Dage(147, Omraade.Dagpenge).Should().Be(31);
        sammeSlut.Dage(230, Omraade.Dagpenge).Should().Be(0);
    }

    [Fact]
    public void Groups_without_an_omraade_never_count()
    {
        var dage = Tael(Aar2025,
            P(101, Ydelsesgruppe.Fleksjob, "2025-01-01", null),
            P(101, Ydelsesgruppe.Foertidspension, "2025-01-01", null),
            P(101, Ydelsesgruppe.Ledighedsydelse, "2025-01-01", null),
            P(101, Ydelsesgruppe.Revalidering, "2025-01-01", null));

        dage.KommunerMedDage().Should().BeEmpty();
    }

    [Fact]
    public void Alle_is_the_union_and_decides_responsibility_over_all_three_omraader()
    {
        var dage = Tael(Aar2025,
            P(101, Ydelsesgruppe.Dagpenge, "2025-01-01", "2025-12-31"),
            P(147, Ydelsesgruppe.Sygedagpenge, "2025-07-01", "2025-07-31"));

        dage.Dage(101, Omraade.Dagpenge).Should().Be(365);
        dage.Dage(147, Omraade.Sygedagpenge).Should().Be(31);
        dage.Dage(101, Omraade.Alle).Should().Be(181);
        dage.Dage(147, Omraade.Alle).Should().Be(184, "from 1 July 147's period has the latest start among all periods");
    }

    [Fact]
    public void A_leap_year_has_366_days_and_a_rolling_period_its_own_length()
    {
        Maaleperiode.Kalenderaar(2024).AntalDage.Should().Be(366);
        var rullende = new Maaleperiode(D("2024-07-01"), D("2025-06-30"));
        rullende.AntalDage.Should().Be(365);
        rullende.ToString().Should().Be("2024-07..2025-06");
        Tael(rullende, P(101, Ydelsesgruppe.Dagpenge, "2024-01-01", null)).Dage(101, Omraade.Dagpenge).Should().Be(365);
    }

    [Fact]
    public void Segment_counting_agrees_with_counting_day_by_day_for_random_persons()
    {
        var rng = new Random(20251125);
        var grupper = Enum.GetValues<Ydelsesgruppe>();
        short[] koder = [101, 147, 151, 230];
        var periode = Maaleperiode.Kalenderaar(2024);
        var segmenter = new Fuldtidsdage();
        var naivt = new Fuldtidsdage();
        for (var person = 0; person < 3000; person++)
        {
            var perioder = new List<Ydelsesperiode>();
            for (var k = rng.Next(1, 6); k > 0; k--)
            {
                var start = D("2023-06-01").AddDays(rng.Next(0, 700));
                DateOnly? slut = rng.Next(5) == 0 ? null : start.AddDays(rng.Next(0, 200));
                perioder.Add(new Ydelsesperiode("p", koder[rng.Next(koder.Length)], grupper[rng.Next(grupper.Length)], start, slut));
            }
            Fuldtidsberegning.Tael(perioder, periode, segmenter);
            TaelDagForDag(perioder, periode, naivt);
        }

        foreach (var kode in koder)
        {
            foreach (var omraade in Enum.GetValues<Omraade>())
            {
                segmenter.Dage(kode, omraade).Should().Be(naivt.Dage(kode, omraade), $"{kode} {omraade}");
            }
        }
    }

    // The rule read literally: for each day, the periods of the område covering it; if any, the responsible one.
    private static void TaelDagForDag(List<Ydelsesperiode> perioder, Maaleperiode periode, Fuldtidsdage dage)
    {
        foreach (var omraade in Enum.GetValues<Omraade>())
        {
            var udvalgte = perioder.Where(p => p.Gruppe.BenchmarkOmraade() is { } o && (omraade == Omraade.Alle || o == omraade)).ToList();
            for (var d = periode.Fra; d <= periode.Til; d = d.AddDays(1))
            {
                if (udvalgte.Any(p => p.Start <= d && (p.Slut is null || p.Slut >= d)))
                {
                    dage.Tilfoej(AnsvarligKommune.Paa(d, udvalgte)!.Value, omraade, 1);
                }
            }
        }
    }

    private static Fuldtidsdage Tael(Maaleperiode periode, params Ydelsesperiode[] perioder)
    {
        var dage = new Fuldtidsdage();
        Fuldtidsberegning.Tael(perioder, periode, dage);
        return dage;
    }

    private static Ydelsesperiode P(short kode, Ydelsesgruppe gruppe, string start, string? slut) =>
        new("p1", kode, gruppe, D(start), slut is null ? null : D(slut));
}
