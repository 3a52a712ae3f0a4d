using JobcenterTilsyn.Domain.Registre;
using JobcenterTilsyn.Domain.Tid;

namespace JobcenterTilsyn.Domain.Benchmark;

/// <summary>
/// Fuldtidspersoner (rules.md §5): for each område, every day of the period covered by at least one of
/// the person's periods of that område counts once, for the responsible municipality on that day computed
/// over those same periods. Works on segments, not days: the responsible municipality only changes where a
/// period starts, so each stretch between two distinct start dates has one municipality, and its covered
/// days are counted by intersecting it with the union of the periods.
/// </summary>
public static class Fuldtidsberegning
{
    private static readonly Omraade[] Omraader = [Omraade.Alle, Omraade.Dagpenge, Omraade.Kontanthjaelp, Omraade.Sygedagpenge];

    [ThreadStatic]
    private static List<Ydelsesperiode>? _buffer;

    /// <summary>Adds one person's covered days in <paramref name="periode"/> to <paramref name="dage"/>.</summary>
    public static void Tael(IReadOnlyList<Ydelsesperiode> perioder, Maaleperiode periode, Fuldtidsdage dage)
    {
        ArgumentNullException.ThrowIfNull(perioder);
        ArgumentNullException.ThrowIfNull(dage);
        var udvalgte = _buffer ??= [];
        foreach (var omraade in Omraader)
        {
            udvalgte.Clear();
            for (var i = 0; i < perioder.Count; i++)
            {
                var p = perioder[i];
                if (p.Gruppe.BenchmarkOmraade() is { } o && (omraade == Omraade.Alle || o == omraade)
                    && Interval.Overlaps(p.Start, p.Slut, DateOnly.MinValue, periode.Til))
                {
                    udvalgte.Add(p);
                }
            }

            if (udvalgte.Count > 0) TaelOmraade(udvalgte, omraade, periode, dage);
        }
    }

    private static void TaelOmraade(List<Ydelsesperiode> perioder, Omraade omraade, Maaleperiode periode, Fuldtidsdage dage)
    {
        // Responsible order: start ascending; among equal starts the responsible one (later end, then smaller code) last.
        perioder.Sort(static (a, b) =>
        {
            var c = a.Start.CompareTo(b.Start);
            if (c != 0) return c;
            c = Interval.CompareEnds(a.Slut, b.Slut);
            return c != 0 ? c : b.Kommunekode.CompareTo(a.Kommunekode);
        });

        var i = 0;
        while (i < perioder.Count)
        {
            // The segment of start date s runs to the day before the next distinct start date.
            var s = perioder[i].Start;
            var j = i;
            while (j + 1 < perioder.Count && perioder[j + 1].Start == s) j++;
            var ansvarlig = perioder[j].Kommunekode;
            var segmentSlut = j + 1 < perioder.Count ? perioder[j + 1].Start.AddDays(-1) : periode.Til;

            var fra = s > periode.Fra ? s : periode.Fra;
            var til = segmentSlut < periode.Til ? segmentSlut : periode.Til;
            if (fra <= til)
            {
                var daekket = DaekkedeDage(perioder, j, fra, til);
                if (daekket > 0) dage.Tilfoej(ansvarlig, omraade, daekket);
            }

            i = j + 1;
        }
    }

    /// <summary>
    /// Days of [fra, til] covered by a period among the first <paramref name="sidste"/>+1 (those started by
    /// <paramref name="fra"/>'s segment; later ones start after <paramref name="til"/>). The union is built by
    /// walking the periods in start order and extending the covered end.
    /// </summary>
    private static long DaekkedeDage(List<Ydelsesperiode> perioder, int sidste, DateOnly fra, DateOnly til)
    {
        // All of these started on or before fra's segment start, so coverage within [fra, til] is [fra, maxEnd].
        var maxSlut = DateOnly.MinValue;
        for (var k = 0; k <= sidste; k++)
        {
            var slut = perioder[k].Slut ?? DateOnly.MaxValue;
            if (slut > maxSlut) maxSlut = slut;
        }

        var daekketTil = maxSlut < til ? maxSlut : til;
        return daekketTil < fra ? 0 : daekketTil.DayNumber - fra.DayNumber + 1;
    }
}
