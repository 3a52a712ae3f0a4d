using JobcenterTilsyn.Domain.Registre;
using JobcenterTilsyn.Domain.Regler;
using JobcenterTilsyn.Domain.Tid;

namespace JobcenterTilsyn.Domain.Perioder;

/// <summary>
/// A spell (rules.md §1): a person's counted periods joined across overlaps and gaps of at most
/// <see cref="Regelsaet.BroDage"/> days, across groups and municipalities. <c>Slut</c> null = open.
/// </summary>
public readonly record struct Forloeb(DateOnly Start, DateOnly? Slut)
{
    private static readonly Comparison<Ydelsesperiode> EfterStart = (a, b) => a.Start.CompareTo(b.Start);

    public bool Covers(DateOnly dag) => Interval.Covers(Start, Slut, dag);

    /// <summary>Covers every day of [fra, til]: starts on/before fra, ends open or on/after til.</summary>
    public bool DaekkerHele(DateOnly fra, DateOnly til) => Start <= fra && Interval.EndsOnOrAfter(Slut, til);

    /// <summary>
    /// The spells of one person's periods under <paramref name="regelsaet"/>, by start. Only periods whose
    /// group counts in fokusmål take part.
    /// </summary>
    public static IReadOnlyList<Forloeb> Byg(IReadOnlyList<Ydelsesperiode> perioder, Regelsaet regelsaet)
    {
        ArgumentNullException.ThrowIfNull(perioder);
        ArgumentNullException.ThrowIfNull(regelsaet);
        var taellede = new List<Ydelsesperiode>(perioder.Count);
        VaelgTaellede(perioder, regelsaet, taellede);
        var forloeb = new List<Forloeb>();
        Flet(taellede, regelsaet.BroDage, forloeb);
        return forloeb;
    }

    /// <summary>Fills <paramref name="taellede"/> with the counted periods, sorted by start.</summary>
    internal static void VaelgTaellede(IReadOnlyList<Ydelsesperiode> perioder, Regelsaet regelsaet, List<Ydelsesperiode> taellede)
    {
        taellede.Clear();
        var sorteret = true;
        for (var i = 0; i < perioder.Count; i++)
        {
            var periode = perioder[i];
            if (!regelsaet.Taeller(periode.Gruppe))
            {
                continue;
            }

            if (taellede.Count > 0 && taellede[^1].Start > periode.Start)
            {
                sorteret = false;
            }

            taellede.Add(periode);
        }

        // Rows usually arrive ordered by start already; sort only when they do not.
        if (!sorteret)
        {
            taellede.Sort(EfterStart);
        }
    }

    /// <summary>Merges periods sorted by start into spells (rules.md §1).</summary>
    internal static void Flet(List<Ydelsesperiode> sorteredePerioder, int broDage, List<Forloeb> forloeb)
    {
        forloeb.Clear();
        if (sorteredePerioder.Count == 0)
        {
            return;
        }

        var start = sorteredePerioder[0].Start;
        var slut = sorteredePerioder[0].Slut;
        for (var i = 1; i < sorteredePerioder.Count; i++)
        {
            var periode = sorteredePerioder[i];
            // Joins when startdato ≤ spell end + (gap + 1) days; an open spell takes every later period.
            if (slut is null || periode.Start.DayNumber <= slut.Value.DayNumber + broDage + 1)
            {
                if (slut is not null && (periode.Slut is null || periode.Slut.Value > slut.Value))
                {
                    slut = periode.Slut;
                }
            }
            else
            {
                forloeb.Add(new Forloeb(start, slut));
                start = periode.Start;
                slut = periode.Slut;
            }
        }

        forloeb.Add(new Forloeb(start, slut));
    }
}
