using JobcenterTilsyn.Domain.Perioder;
using JobcenterTilsyn.Domain.Regler;
using JobcenterTilsyn.Domain.Tid;

namespace JobcenterTilsyn.Domain.Fokusmaal;

/// <summary>Focus goal B, <c>B_tidlig_indsats</c>: a qualifying tilbud in a spell's first six months (rules.md §3).</summary>
public static class FokusmaalB
{
    /// <summary>e = AddMonths(s, 6) − 1 day; AddMonths clamps (2023-08-31 → 2024-02-29 → e 2024-02-28).</summary>
    public static DateOnly SeksMaanedersSlut(DateOnly start) => start.AddMonths(6).AddDays(-1);

    /// <summary>
    /// The contribution of one spell in month M, or null when the spell is not in M's cohort. Cohort:
    /// e falls in M and the spell ends open or on/after e. Municipality: responsible on s. Numerator:
    /// a qualifying tilbud overlapping [s, e], from any municipality. Counted once per spell.
    /// <c>regelsaet</c> is the rule set in force on last(M).
    /// </summary>
    public static Bidrag? Beregn(Persongrundlag person, Forloeb forloeb, Maaned maaned, Regelsaet regelsaet)
    {
        person.KraevSammeForloebsregler(regelsaet);
        var s = forloeb.Start;
        var e = SeksMaanedersSlut(s);
        if (!maaned.Indeholder(e) || !Interval.EndsOnOrAfter(forloeb.Slut, e))
        {
            return null;
        }

        var kommune = AnsvarligKommune.Paa(s, person.TaelledePerioder)!.Value;
        var iTaeller = KvalificerendeTilbud.Findes(person.Person.Indsatser, s, e, person.Person.Perioder, regelsaet);
        return new Bidrag(kommune, iTaeller);
    }

    /// <summary>The contributions of all the person's spells in M's cohort (zero, one or more).</summary>
    public static IReadOnlyList<Bidrag> Beregn(Persongrundlag person, Maaned maaned, Regelsaet regelsaet)
    {
        var bidrag = new List<Bidrag>();
        foreach (var forloeb in person.Forloeb)
        {
            if (Beregn(person, forloeb, maaned, regelsaet) is { } b)
            {
                bidrag.Add(b);
            }
        }

        return bidrag;
    }
}
