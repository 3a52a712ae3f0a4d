using JobcenterTilsyn.Domain.Registre;
using JobcenterTilsyn.Domain.Tid;

namespace JobcenterTilsyn.Domain.Perioder;

/// <summary>The responsible municipality on a day (rules.md §1).</summary>
public static class AnsvarligKommune
{
    /// <summary>
    /// Among <paramref name="perioder"/> (the caller passes the kind the clause names) with
    /// startdato ≤ <paramref name="dag"/>: the one with the latest startdato; ties go to the later
    /// slutdato (open is latest), then to the smaller kommunekode. The period need not cover the day:
    /// inside a bridged gap the last period still decides. Null when no period has started by then.
    /// </summary>
    public static short? Paa(DateOnly dag, IReadOnlyList<Ydelsesperiode> perioder)
    {
        ArgumentNullException.ThrowIfNull(perioder);
        Ydelsesperiode? bedste = null;
        for (var i = 0; i < perioder.Count; i++)
        {
            var periode = perioder[i];
            if (periode.Start <= dag && (bedste is null || GaarForan(periode, bedste)))
            {
                bedste = periode;
            }
        }

        return bedste?.Kommunekode;
    }

    private static bool GaarForan(Ydelsesperiode a, Ydelsesperiode b)
    {
        if (a.Start != b.Start)
        {
            return a.Start > b.Start;
        }

        var slut = Interval.CompareEnds(a.Slut, b.Slut);
        return slut != 0 ? slut > 0 : a.Kommunekode < b.Kommunekode;
    }
}
