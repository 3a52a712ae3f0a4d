using JobcenterTilsyn.Domain.Benchmark;
using JobcenterTilsyn.Domain.Fokusmaal;
using JobcenterTilsyn.Domain.Regler;
using JobcenterTilsyn.Domain.Tid;

namespace JobcenterTilsyn.Domain.Udpegning;

/// <summary>
/// The forecast of year Y's designation as of a status month M0 in Y (rules.md §11): §8 with A and B pooled over
/// Y-01..M0, the result criterion of the latest benchmark period ending on or before M0, the thresholds of the rule set
/// in force on 31 December of Y, and today's open cases; plus the distance to each goal over the pooled months.
/// </summary>
public static class Udpegningsprognose
{
    /// <summary>The months Y-01..M0 the forecast pools.</summary>
    public static IReadOnlyList<Maaned> Maaneder(Maaned statusmaaned) => Maaned.Raekke(new Maaned(statusmaaned.Aar, 1), statusmaaned);

    /// <summary>The months of Y-01..M0 that are not among <paramref name="beregnede"/>, in order (empty when all are).</summary>
    public static IReadOnlyList<Maaned> ManglendeMaaneder(Maaned statusmaaned, IEnumerable<Maaned> beregnede)
    {
        var har = beregnede.ToHashSet();
        return [.. Maaneder(statusmaaned).Where(m => !har.Contains(m))];
    }

    /// <summary>
    /// The latest of <paramref name="beregnede"/> (calendar years and rolling periods) whose last month is on or before
    /// M0; null when none is. A calendar year and a rolling period never end on the same day (rolling periods end in
    /// June), but should they, the calendar year is taken as the designation's own basis.
    /// </summary>
    public static Maaleperiode? Benchmarkperiode(Maaned statusmaaned, IEnumerable<Maaleperiode> beregnede) =>
        beregnede.Where(p => p.Til <= statusmaaned.Sidste)
            .OrderByDescending(p => p.Til).ThenByDescending(p => p.ErKalenderaar)
            .Select(p => (Maaleperiode?)p).FirstOrDefault();

    /// <summary>max(0, ⌈g·Σn⌉ − Σt) over the pooled months; 0 when Σn = 0 (§11 says so for the forecast).</summary>
    public static int Mangler(long taeller, long naevner, double graense) =>
        Fokusmaal.Mangler.Beregn(taeller, naevner, graense) ?? 0;

    /// <param name="grundlag">Every municipality of the benchmark period's `alle` benchmark, with A and B pooled over Y-01..M0.</param>
    /// <param name="regelsaet">The rule set in force on 31 December of Y.</param>
    /// <param name="kommunerMedAabenSag">The municipalities with an open supervision case today.</param>
    public static IReadOnlyList<Prognoseresultat> Beregn(IReadOnlyList<Udpegningsgrundlag> grundlag, Regelsaet regelsaet, IReadOnlySet<short> kommunerMedAabenSag)
    {
        ArgumentNullException.ThrowIfNull(grundlag);
        ArgumentNullException.ThrowIfNull(regelsaet);
        var efterKode = grundlag.ToDictionary(g => g.Kommunekode);
        return [.. Aarsudpegning.Beregn(grundlag, regelsaet.GraenseA, regelsaet.GraenseB, regelsaet.ResultatAndel, kommunerMedAabenSag)
            .Select(u =>
            {
                var g = efterKode[u.Kommunekode];
                return new Prognoseresultat(u,
                    new Maaltal(checked((int)g.ATaeller), checked((int)g.ANaevner), regelsaet.GraenseA),
                    new Maaltal(checked((int)g.BTaeller), checked((int)g.BNaevner), regelsaet.GraenseB),
                    Mangler(g.ATaeller, g.ANaevner, regelsaet.GraenseA),
                    Mangler(g.BTaeller, g.BNaevner, regelsaet.GraenseB));
            })];
    }
}

/// <summary>One municipality's forecast: the designation it points to, the pooled A and B under the year's thresholds, and the distance to each.</summary>
public sealed record Prognoseresultat(Udpegningsresultat Udpegning, Maaltal A, Maaltal B, int ManglerA, int ManglerB);
