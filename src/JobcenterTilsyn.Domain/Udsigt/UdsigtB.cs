using JobcenterTilsyn.Domain.Fokusmaal;
using JobcenterTilsyn.Domain.Perioder;
using JobcenterTilsyn.Domain.Regler;
using JobcenterTilsyn.Domain.Tid;

namespace JobcenterTilsyn.Domain.Udsigt;

/// <summary>The outlook of focus goal B for a coming month M (rules.md §11).</summary>
public static class UdsigtB
{
    /// <summary>
    /// The contribution of the person's open spell to M's outlook, or null when it has none or its
    /// e = AddMonths(s, 6) − 1 day does not fall in M. <paramref name="kendt"/> is built from the data as known on T
    /// under the rule set in force on last(M). Municipality: responsible on s. har_tilbud: a qualifying tilbud
    /// overlapping [s, T], from any municipality. Only one spell can be open, so a spell counts once.
    /// </summary>
    public static Bidrag? Beregn(Persongrundlag kendt, Maaned maaned, DateOnly statusdag, Regelsaet regelsaet)
    {
        ArgumentNullException.ThrowIfNull(kendt);
        kendt.KraevSammeForloebsregler(regelsaet);
        if (AabentForloeb.Af(kendt) is not { } forloeb) return null;
        var s = forloeb.Start;
        if (!maaned.Indeholder(FokusmaalB.SeksMaanedersSlut(s))) return null;

        var kommune = AnsvarligKommune.Paa(s, kendt.TaelledePerioder)!.Value;
        var harTilbud = KvalificerendeTilbud.Findes(kendt.Person.Indsatser, s, statusdag, kendt.Person.Perioder, regelsaet);
        return new Bidrag(kommune, harTilbud);
    }
}
