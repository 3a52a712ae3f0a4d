using JobcenterTilsyn.Domain.Perioder;
using JobcenterTilsyn.Domain.Regler;
using JobcenterTilsyn.Domain.Tid;

namespace JobcenterTilsyn.Domain.Fokusmaal;

/// <summary>Focus goal A, <c>A_tilbud_12m</c>: a qualifying tilbud within 12 months (rules.md §2).</summary>
public static class FokusmaalA
{
    /// <summary>W = [first(M−11), last(M)].</summary>
    public static (DateOnly Fra, DateOnly Til) Vindue(Maaned maaned) => (maaned.AddMonths(-11).Foerste, maaned.Sidste);

    /// <summary>
    /// The person's contribution in month M, or null when not in the denominator. Denominator: a spell
    /// starting on/before first(M−11) and ending open or on/after last(M) (at most one spell can, so a
    /// person counts once). Municipality: responsible on last(M). Numerator: a qualifying tilbud
    /// overlapping W, from any municipality.
    /// <c>regelsaet</c> is the rule set in force on last(M).
    /// </summary>
    public static Bidrag? Beregn(Persongrundlag person, Maaned maaned, Regelsaet regelsaet)
    {
        person.KraevSammeForloebsregler(regelsaet);
        var (fra, til) = Vindue(maaned);
        if (person.ForloebDerDaekker(fra, til) is null)
        {
            return null;
        }

        var kommune = AnsvarligKommune.Paa(til, person.TaelledePerioder)!.Value;
        var iTaeller = KvalificerendeTilbud.Findes(person.Person.Indsatser, fra, til, person.Person.Perioder, regelsaet);
        return new Bidrag(kommune, iTaeller);
    }
}
