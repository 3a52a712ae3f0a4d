using JobcenterTilsyn.Domain.Fokusmaal;
using JobcenterTilsyn.Domain.Registre;
using JobcenterTilsyn.Domain.Regler;
using JobcenterTilsyn.Domain.Tid;

namespace JobcenterTilsyn.Domain.Maaling;

/// <summary>
/// One person's contributions to every goal in every requested month, in one pass: the national
/// computation streams persons ordered by id and calls <see cref="Tael"/> once per person.
/// </summary>
public static class Personmaaling
{
    // One reusable grundlag per thread, so a pass over 700,000 persons does not allocate its lists anew.
    [ThreadStatic]
    private static Persongrundlag? _grundlag;

    /// <summary>
    /// Adds <paramref name="person"/>'s contributions for each of <paramref name="maaneder"/> to
    /// <paramref name="taelling"/>, each month under the rule set in force on its last day. Spells are built
    /// once, and again only for a month whose rule set has other spell rules.
    /// </summary>
    /// <exception cref="InvalidOperationException">A month has no rule set in force; nothing is counted.</exception>
    public static void Tael(PersonData person, IReadOnlyList<Maaned> maaneder, Regelsaetkatalog katalog, Maaletaelling taelling)
    {
        ArgumentNullException.ThrowIfNull(person);
        ArgumentNullException.ThrowIfNull(maaneder);
        ArgumentNullException.ThrowIfNull(katalog);
        ArgumentNullException.ThrowIfNull(taelling);
        // Every month's rule set first: a month without one must not leave this person half counted.
        for (var j = 0; j < maaneder.Count; j++)
        {
            katalog.IKraftFor(maaneder[j]);
        }

        var grundlag = _grundlag ??= Persongrundlag.Tom();
        try
        {
            Regelsaet? bygget = null;
            for (var j = 0; j < maaneder.Count; j++)
            {
                var maaned = maaneder[j];
                var regelsaet = katalog.IKraftFor(maaned);
                if (bygget is null || !bygget.SammeForloebsregler(regelsaet))
                {
                    grundlag.Genbyg(person, regelsaet);
                    bygget = regelsaet;
                }

                TaelMaaned(grundlag, maaned, regelsaet, taelling.Celler(maaned));
            }
        }
        finally
        {
            grundlag.Slip();
        }
    }

    private static void TaelMaaned(Persongrundlag grundlag, Maaned maaned, Regelsaet regelsaet, int[] celler)
    {
        if (FokusmaalA.Beregn(grundlag, maaned, regelsaet) is { } a)
        {
            Maaletaelling.Tilfoej(celler, a.Kommunekode, Maal.ATilbud12m, a.ITaeller);
        }

        var forloeb = grundlag.Forloeb;
        for (var i = 0; i < forloeb.Count; i++)
        {
            if (FokusmaalB.Beregn(grundlag, forloeb[i], maaned, regelsaet) is { } b)
            {
                Maaletaelling.Tilfoej(celler, b.Kommunekode, Maal.BTidligIndsats, b.ITaeller);
            }
        }

        if (IndikatorC.Beregn(grundlag, maaned, regelsaet) is { } c)
        {
            Maaletaelling.Tilfoej(celler, c.Kommunekode, Maal.CUdenIndsatsAktivitetsparat, c.ITaeller);
        }

        if (IndikatorD.Beregn(grundlag, maaned, regelsaet) is { } d)
        {
            Maaletaelling.Tilfoej(celler, d.Kommunekode, Maal.DSamtale3m, d.ITaeller);
        }
    }
}
