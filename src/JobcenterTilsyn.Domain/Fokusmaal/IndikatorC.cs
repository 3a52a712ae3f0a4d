using JobcenterTilsyn.Domain.Perioder;
using JobcenterTilsyn.Domain.Registre;
using JobcenterTilsyn.Domain.Regler;
using JobcenterTilsyn.Domain.Tid;

namespace JobcenterTilsyn.Domain.Fokusmaal;

/// <summary>Indicator C, <c>C_uden_indsats_aktivitetsparat</c>: aktivitetsparat without any indsats for 6 months (rules.md §4).</summary>
public static class IndikatorC
{
    /// <summary>W6 = [first(M−5), last(M)].</summary>
    public static (DateOnly Fra, DateOnly Til) Vindue(Maaned maaned) => (maaned.AddMonths(-5).Foerste, maaned.Sidste);

    /// <summary>
    /// The person's contribution in month M, or null when not in the denominator. Denominator: a spell
    /// covering all of W6 and a kontanthjaelp_/uddannelseshjaelp_aktivitetsparat period covering last(M).
    /// Municipality: responsible on last(M) over the person's aktivitetsparat periods only. Numerator:
    /// NO indsats row of any type (ØVO and mentor included, any municipality) overlapping W6.
    /// <c>regelsaet</c> is the rule set in force on last(M).
    /// </summary>
    public static Bidrag? Beregn(Persongrundlag person, Maaned maaned, Regelsaet regelsaet)
    {
        person.KraevSammeForloebsregler(regelsaet);
        var (fra, til) = Vindue(maaned);
        if (person.ForloebDerDaekker(fra, til) is null || !DaekkesAf(person.AktivitetsparatPerioder, til))
        {
            return null;
        }

        var kommune = AnsvarligKommune.Paa(til, person.AktivitetsparatPerioder)!.Value;
        var indsatser = person.Person.Indsatser;
        for (var i = 0; i < indsatser.Count; i++)
        {
            if (Interval.Overlaps(indsatser[i].Start, indsatser[i].Slut, fra, til))
            {
                return new Bidrag(kommune, ITaeller: false);
            }
        }

        return new Bidrag(kommune, ITaeller: true);
    }

    private static bool DaekkesAf(IReadOnlyList<Ydelsesperiode> perioder, DateOnly dag)
    {
        for (var i = 0; i < perioder.Count; i++)
        {
            if (Interval.Covers(perioder[i].Start, perioder[i].Slut, dag))
            {
                return true;
            }
        }

        return false;
    }
}
