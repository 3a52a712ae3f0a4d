using JobcenterTilsyn.Domain.Registre;
using JobcenterTilsyn.Domain.Regler;
using JobcenterTilsyn.Domain.Tid;

namespace JobcenterTilsyn.Domain.Fokusmaal;

/// <summary>Qualifying tilbud (rules.md §6).</summary>
public static class KvalificerendeTilbud
{
    /// <summary>The tilbud types that always count in fokusmål (data contract); not ØVO, never mentor.</summary>
    public static bool TaellerAltid(Indsatstype type) =>
        type is Indsatstype.Virksomhedspraktik or Indsatstype.Nytteindsats
            or Indsatstype.Loentilskud or Indsatstype.OrdinaerUddannelse;

    /// <summary>
    /// Whether <paramref name="indsats"/> qualifies for the window [fra, til] it overlaps. ØVO qualifies
    /// when the rule set counts it for everybody, or under the uddannelseshjælp exception when one of
    /// <paramref name="perioder"/> (all the person's periods) of an uddannelseshjaelp_* group covers the
    /// first day of the overlap between the ØVO row and the window.
    /// </summary>
    public static bool Kvalificerer(Indsats indsats, DateOnly fra, DateOnly til, IReadOnlyList<Ydelsesperiode> perioder, Regelsaet regelsaet)
    {
        if (TaellerAltid(indsats.Type))
        {
            return true;
        }

        if (indsats.Type != Indsatstype.Oevo)
        {
            return false;
        }

        if (regelsaet.OevoTaellerForAlle)
        {
            return true;
        }

        if (!regelsaet.UddannelseshjaelpUndtagelse)
        {
            return false;
        }

        var foersteFaellesDag = indsats.Start > fra ? indsats.Start : fra;
        return HarUddannelseshjaelp(perioder, foersteFaellesDag);
    }

    /// <summary>Whether any row of <paramref name="indsatser"/> overlaps [fra, til] and qualifies (given by any municipality).</summary>
    public static bool Findes(IReadOnlyList<Indsats> indsatser, DateOnly fra, DateOnly til, IReadOnlyList<Ydelsesperiode> perioder, Regelsaet regelsaet)
    {
        for (var i = 0; i < indsatser.Count; i++)
        {
            var indsats = indsatser[i];
            if (Interval.Overlaps(indsats.Start, indsats.Slut, fra, til) && Kvalificerer(indsats, fra, til, perioder, regelsaet))
            {
                return true;
            }
        }

        return false;
    }

    private static bool HarUddannelseshjaelp(IReadOnlyList<Ydelsesperiode> perioder, DateOnly dag)
    {
        for (var i = 0; i < perioder.Count; i++)
        {
            var periode = perioder[i];
            if (periode.Gruppe.ErUddannelseshjaelp() && Interval.Covers(periode.Start, periode.Slut, dag))
            {
                return true;
            }
        }

        return false;
    }
}
