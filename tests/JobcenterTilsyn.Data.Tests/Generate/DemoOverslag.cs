using JobcenterTilsyn.Domain.Registre;

namespace JobcenterTilsyn.Data.Tests.Generate;

/// <summary>
/// Straightforward, day-by-day estimates of the figures of rules.md on a generated data set, to check
/// that the generator produces the intended signal: focus goals A and B per kommune (pooled over a
/// year), full-time persons per kommune (area `alle`), and an OLS fit. Written for clarity, not speed;
/// it is no substitute for the Domain implementation.
/// </summary>
public sealed class DemoOverslag
{
    private static readonly DateOnly Oevo2024 = new(2024, 1, 1);

    private readonly Dictionary<string, List<Ydelsesperiode>> _perioder;
    private readonly Dictionary<string, List<Indsats>> _indsatser;

    public DemoOverslag(DemoDatasaet data)
    {
        _perioder = data.Perioder.GroupBy(p => p.PersonId).ToDictionary(g => g.Key, g => g.OrderBy(p => p.Start).ToList());
        _indsatser = data.Indsatser.GroupBy(i => i.PersonId).ToDictionary(g => g.Key, g => g.ToList());
    }

    public static bool Talt(Ydelsesgruppe g) => g is Ydelsesgruppe.Dagpenge or Ydelsesgruppe.KontanthjaelpJobparat
        or Ydelsesgruppe.KontanthjaelpAktivitetsparat or Ydelsesgruppe.UddannelseshjaelpUddannelsesparat
        or Ydelsesgruppe.UddannelseshjaelpAktivitetsparat or Ydelsesgruppe.Selvforsoergelse;

    public sealed record Spell(DateOnly Start, DateOnly? Slut, List<Ydelsesperiode> Perioder);

    /// <summary>rules.md §1: counted periods merged when the next starts ≤ spell end + 15 days.</summary>
    public static List<Spell> Spells(IEnumerable<Ydelsesperiode> perioder)
    {
        var spells = new List<Spell>();
        foreach (var p in perioder.Where(p => Talt(p.Gruppe)).OrderBy(p => p.Start))
        {
            if (spells.Count > 0 && spells[^1] is var s && (s.Slut is null || p.Start <= s.Slut.Value.AddDays(15)))
            {
                s.Perioder.Add(p);
                spells[^1] = s with { Slut = s.Slut is null || p.Slut is null ? null : (p.Slut > s.Slut ? p.Slut : s.Slut) };
            }
            else
            {
                spells.Add(new Spell(p.Start, p.Slut, [p]));
            }
        }
        return spells;
    }

    /// <summary>Goal A pooled over the months of <paramref name="aar"/>: (numerator, denominator) per kommune.</summary>
    public Dictionary<short, (int Taeller, int Naevner)> MaalA(int aar)
    {
        var resultat = new Dictionary<short, (int, int)>();
        foreach (var (person, perioder) in _perioder)
        {
            var spells = Spells(perioder);
            for (var m = 1; m <= 12; m++)
            {
                var sidste = new DateOnly(aar, m, 1).AddMonths(1).AddDays(-1);
                var foerste = new DateOnly(aar, m, 1).AddMonths(-11);
                if (!spells.Any(s => s.Start <= foerste && (s.Slut is null || s.Slut >= sidste))) continue;
                var kommune = Ansvarlig(perioder.Where(p => Talt(p.Gruppe)), sidste);
                var ok = HarTilbud(person, foerste, sidste, new DateOnly(aar, m, 1) < Oevo2024);
                Laeg(resultat, kommune, ok);
            }
        }
        return resultat;
    }

    /// <summary>Goal B pooled over the cohorts whose sixth month falls in <paramref name="aar"/>.</summary>
    public Dictionary<short, (int Taeller, int Naevner)> MaalB(int aar)
    {
        var resultat = new Dictionary<short, (int, int)>();
        foreach (var (person, perioder) in _perioder)
        {
            foreach (var s in Spells(perioder))
            {
                var e = s.Start.AddMonths(6).AddDays(-1);
                if (e.Year != aar || (s.Slut is { } slut && slut < e)) continue;
                var kommune = Ansvarlig(perioder.Where(p => Talt(p.Gruppe)), s.Start);
                Laeg(resultat, kommune, HarTilbud(person, s.Start, e, new DateOnly(e.Year, e.Month, 1) < Oevo2024));
            }
        }
        return resultat;
    }

    /// <summary>rules.md §5, area `alle`: full-time persons per kommune in a year, counted day by day.</summary>
    public Dictionary<short, double> Fuldtidspersoner(int aar)
    {
        var dage = new Dictionary<short, long>();
        var foerste = new DateOnly(aar, 1, 1);
        var antalDage = DateTime.IsLeapYear(aar) ? 366 : 365;
        foreach (var perioder in _perioder.Values)
        {
            var omraade = perioder.Where(p => p.Gruppe.BenchmarkOmraade() is not null).ToList();
            if (omraade.Count == 0) continue;
            for (var d = foerste; d.Year == aar; d = d.AddDays(1))
            {
                if (!omraade.Any(p => p.Start <= d && (p.Slut is null || p.Slut >= d))) continue;
                var k = Ansvarlig(omraade, d);
                dage[k] = dage.GetValueOrDefault(k) + 1;
            }
        }
        return dage.ToDictionary(p => p.Key, p => p.Value / (double)antalDage);
    }

    /// <summary>rules.md §1: the period with the latest start ≤ d; ties to the later end (open latest), then the smaller code.</summary>
    public static short Ansvarlig(IEnumerable<Ydelsesperiode> perioder, DateOnly d) => perioder
        .Where(p => p.Start <= d)
        .OrderByDescending(p => p.Start).ThenByDescending(p => p.Slut ?? DateOnly.MaxValue).ThenBy(p => p.Kommunekode)
        .First().Kommunekode;

    /// <summary>rules.md §6: a qualifying tilbud overlapping [fra, til].</summary>
    private bool HarTilbud(string person, DateOnly fra, DateOnly til, bool oevoTaellerAltid)
    {
        if (!_indsatser.TryGetValue(person, out var indsatser)) return false;
        foreach (var i in indsatser)
        {
            if (i.Start > til || (i.Slut is { } s && s < fra)) continue;
            if (i.Type is Indsatstype.Mentor) continue;
            if (i.Type is not Indsatstype.Oevo || oevoTaellerAltid) return true;
            var dag = i.Start > fra ? i.Start : fra;
            if (_perioder[person].Any(p => p.Gruppe.ErUddannelseshjaelp() && p.Start <= dag && (p.Slut is null || p.Slut >= dag))) return true;
        }
        return false;
    }

    private static void Laeg(Dictionary<short, (int Taeller, int Naevner)> r, short kommune, bool ok)
    {
        var (t, n) = r.GetValueOrDefault(kommune);
        r[kommune] = (t + (ok ? 1 : 0), n + 1);
    }
}
