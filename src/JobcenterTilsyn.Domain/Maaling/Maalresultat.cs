using JobcenterTilsyn.Domain.Fokusmaal;
using JobcenterTilsyn.Domain.Regler;
using JobcenterTilsyn.Domain.Tid;

namespace JobcenterTilsyn.Domain.Maaling;

/// <summary>One municipality's figure for one goal in one month, with the rule set that produced it.</summary>
public sealed record Maalresultat(short Kommunekode, Maal Maal, Maaned Maaned, int Taeller, int Naevner, Regelsaet Regelsaet)
{
    /// <summary>The threshold of the rule set in force; null for an indicator without one.</summary>
    public double? Graense => Maal.Graense(Regelsaet);

    /// <summary>The figure itself: share, met/not-met and mangler come from it.</summary>
    public Maaltal Tal => new(Taeller, Naevner, Graense);

    public double? Andel => Tal.Andel;

    public bool? Opfyldt => Tal.Opfyldt;
}
