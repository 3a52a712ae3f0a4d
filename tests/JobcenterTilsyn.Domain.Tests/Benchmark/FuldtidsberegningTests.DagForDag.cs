using JobcenterTilsyn.Domain.Benchmark;
using JobcenterTilsyn.Domain.Registre;
using static JobcenterTilsyn.Domain.Tests.Builders.Dato;

namespace JobcenterTilsyn.Domain.Tests.Benchmark;

// The segment algorithm of Fuldtidsberegning against rules.md §5 read literally, day by day, for thousands of
// random persons. The reference below is written here, independently of the domain code (it does not use
// Registerkoder.BenchmarkOmraade or AnsvarligKommune).
public sealed partial class FuldtidsberegningTests
{
    private static readonly short[] Kommunekoder = [101, 147, 151, 230, 851];

    private static readonly Dictionary<Ydelsesgruppe, Omraade?> OmraadeAf = new()
    {
        [Ydelsesgruppe.Dagpenge] = Omraade.Dagpenge,
        [Ydelsesgruppe.KontanthjaelpJobparat] = Omraade.Kontanthjaelp,
        [Ydelsesgruppe.KontanthjaelpAktivitetsparat] = Omraade.Kontanthjaelp,
        [Ydelsesgruppe.UddannelseshjaelpUddannelsesparat] = Omraade.Kontanthjaelp,
        [Ydelsesgruppe.UddannelseshjaelpAktivitetsparat] = Omraade.Kontanthjaelp,
        [Ydelsesgruppe.Selvforsoergelse] = Omraade.Kontanthjaelp,
        [Ydelsesgruppe.Ressourceforloeb] = Omraade.Kontanthjaelp,
        [Ydelsesgruppe.Sygedagpenge] = Omraade.Sygedagpenge,
        [Ydelsesgruppe.Jobafklaring] = Omraade.Sygedagpenge,
        [Ydelsesgruppe.Ledighedsydelse] = null,
        [Ydelsesgruppe.Revalidering] = null,
        [Ydelsesgruppe.Fleksjob] = null,
        [Ydelsesgruppe.Foertidspension] = null,
    };

    public static TheoryData<string, string> Perioder => new()
    {
        { "2024-01-01", "2024-12-31" },
        { "2025-01-01", "2025-12-31" },
        { "2024-07-01", "2025-06-30" },
    };

    [Theory]
    [MemberData(nameof(Perioder))]
    public void Segment_counting_agrees_exactly_with_counting_day_by_day_for_random_persons(string fra, string til)
    {
        var periode = new Maaleperiode(D(fra), D(til));
        var rng = new Random(20_251_125 + periode.Fra.DayNumber);
        var afvigelser = new List<string>();
        long dageIAlt = 0;

        for (var person = 0; person < 2500; person++)
        {
            var perioder = TilfaeldigePerioder(rng, periode);
            var segmenter = new Fuldtidsdage();
            Fuldtidsberegning.Tael(perioder, periode, segmenter);
            // The input order must not matter (nor may the caller's list be reordered).
            var omvendt = perioder.AsEnumerable().Reverse().ToList();
            var segmenterOmvendt = new Fuldtidsdage();
            Fuldtidsberegning.Tael(omvendt, periode, segmenterOmvendt);
            omvendt.AsEnumerable().Reverse().Should().Equal(perioder);
            var dagForDag = TaelDagForDag(perioder, periode);

            foreach (var kode in Kommunekoder)
            {
                foreach (var omraade in Enum.GetValues<Omraade>())
                {
                    dagForDag.TryGetValue((kode, omraade), out var forventet);
                    dageIAlt += forventet;
                    if ((segmenter.Dage(kode, omraade) != forventet || segmenterOmvendt.Dage(kode, omraade) != forventet) && afvigelser.Count < 5)
                    {
                        afvigelser.Add($"{kode} {omraade}: {segmenter.Dage(kode, omraade)} days, day by day {forventet}; periods: "
                            + string.Join(" | ", perioder.Select(p => $"{p.Kommunekode} {p.Gruppe} {p.Start:yyyy-MM-dd}..{p.Slut:yyyy-MM-dd}")));
                    }
                }
            }
        }

        afvigelser.Should().BeEmpty();
        dageIAlt.Should().BeGreaterThan(100_000, "the random persons must actually receive days");
    }

    // rules.md §5 read literally: for every day and område, the person's periods of the område covering it; if any,
    // the day goes to the period with the latest start on or before it (later end, open latest, then smaller code).
    private static Dictionary<(short, Omraade), long> TaelDagForDag(List<Ydelsesperiode> perioder, Maaleperiode periode)
    {
        var dage = new Dictionary<(short, Omraade), long>();
        foreach (var omraade in Enum.GetValues<Omraade>())
        {
            var udvalgte = perioder
                .Where(p => OmraadeAf[p.Gruppe] is { } o && (omraade == Omraade.Alle || o == omraade))
                .ToList();
            for (var d = periode.Fra; d <= periode.Til; d = d.AddDays(1))
            {
                if (!udvalgte.Any(p => p.Start <= d && (p.Slut is null || p.Slut >= d))) continue;

                Ydelsesperiode? ansvarlig = null;
                foreach (var p in udvalgte.Where(p => p.Start <= d))
                {
                    if (ansvarlig is null || ErAnsvarligFremfor(p, ansvarlig)) ansvarlig = p;
                }
                var noegle = (ansvarlig!.Kommunekode, omraade);
                dage[noegle] = dage.GetValueOrDefault(noegle) + 1;
            }
        }
        return dage;
    }

    private static bool ErAnsvarligFremfor(Ydelsesperiode p, Ydelsesperiode q)
    {
        if (p.Start != q.Start) return p.Start > q.Start;
        if (p.Slut != q.Slut)
        {
            if (p.Slut is null) return true;
            if (q.Slut is null) return false;
            return p.Slut > q.Slut;
        }
        return p.Kommunekode < q.Kommunekode;
    }

    // Up to six periods from a year before to a year after the period, with shared starts, shared ends, open ends,
    // one-day periods and long ones, so that moves, gaps, ties and the period's edges all occur.
    private static List<Ydelsesperiode> TilfaeldigePerioder(Random rng, Maaleperiode periode)
    {
        var grupper = Enum.GetValues<Ydelsesgruppe>();
        var foerste = periode.Fra.AddDays(-400);
        var perioder = new List<Ydelsesperiode>();
        for (var k = rng.Next(1, 7); k > 0; k--)
        {
            var start = perioder.Count > 0 && rng.Next(5) == 0
                ? perioder[rng.Next(perioder.Count)].Start
                : foerste.AddDays(rng.Next(0, 800));
            DateOnly? slut = rng.Next(6) switch
            {
                0 => null,
                1 => start,
                2 when perioder.Count > 0 && perioder[^1].Slut is { } s && s >= start => s,
                3 => start.AddDays(rng.Next(0, 700)),
                _ => start.AddDays(rng.Next(0, 120)),
            };
            var gruppe = grupper[rng.Next(grupper.Length)];
            perioder.Add(new Ydelsesperiode("p", Kommunekoder[rng.Next(Kommunekoder.Length)], gruppe, start, slut));
        }
        return perioder;
    }
}
