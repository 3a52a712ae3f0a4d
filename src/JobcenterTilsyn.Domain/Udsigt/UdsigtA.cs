using JobcenterTilsyn.Domain.Fokusmaal;
using JobcenterTilsyn.Domain.Perioder;
using JobcenterTilsyn.Domain.Regler;
using JobcenterTilsyn.Domain.Tid;

namespace JobcenterTilsyn.Domain.Udsigt;

/// <summary>The outlook of focus goal A for a coming month M (rules.md §11).</summary>
public static class UdsigtA
{
    /// <summary>
    /// The person's contribution to M's outlook, or null when not in it. <paramref name="kendt"/> is built from the data
    /// as known on T (<see cref="KendtPaaStatusdag"/>) under the rule set in force on last(M). Denominator: an open spell
    /// starting on or before first(M−11). Municipality: responsible on T. har_tilbud: a qualifying tilbud overlapping
    /// [first(M−11), T], from any municipality.
    /// </summary>
    public static Bidrag? Beregn(Persongrundlag kendt, Maaned maaned, DateOnly statusdag, Regelsaet regelsaet)
    {
        ArgumentNullException.ThrowIfNull(kendt);
        kendt.KraevSammeForloebsregler(regelsaet);
        var fra = maaned.AddMonths(-11).Foerste;
        if (AabentForloeb.Af(kendt) is not { } forloeb || forloeb.Start > fra) return null;

        var kommune = AnsvarligKommune.Paa(statusdag, kendt.TaelledePerioder)!.Value;
        var harTilbud = KvalificerendeTilbud.Findes(kendt.Person.Indsatser, fra, statusdag, kendt.Person.Perioder, regelsaet);
        return new Bidrag(kommune, harTilbud);
    }
}
