using JobcenterTilsyn.Domain.Perioder;
using JobcenterTilsyn.Domain.Regler;
using JobcenterTilsyn.Domain.Tid;

namespace JobcenterTilsyn.Domain.Fokusmaal;

/// <summary>Indicator D, <c>D_samtale_3m</c>: a conversation within 3 months (rules.md §4).</summary>
public static class IndikatorD
{
    /// <summary>W3 = [first(M−2), last(M)].</summary>
    public static (DateOnly Fra, DateOnly Til) Vindue(Maaned maaned) => (maaned.AddMonths(-2).Foerste, maaned.Sidste);

    /// <summary>
    /// The person's contribution in month M, or null when not in the denominator. Denominator: a spell
    /// covering all of W3. Municipality: responsible on last(M). Numerator: a samtale dated in W3,
    /// held by any municipality.
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
        var samtaler = person.Person.Samtaler;
        for (var i = 0; i < samtaler.Count; i++)
        {
            if (samtaler[i].Dato >= fra && samtaler[i].Dato <= til)
            {
                return new Bidrag(kommune, ITaeller: true);
            }
        }

        return new Bidrag(kommune, ITaeller: false);
    }
}
