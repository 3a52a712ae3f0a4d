using JobcenterTilsyn.Domain.Fokusmaal;
using JobcenterTilsyn.Domain.Regler;
using JobcenterTilsyn.Domain.Tid;

namespace JobcenterTilsyn.Domain.Maaling;

/// <summary>One municipality's figure for one goal in one month, with the rule set that produced it.</summary>
public sealed record Maalresultat(short Kommunekode, Maal Maal, Maaned Maaned, int Taeller, int Naevner, Regelsaet Regelsaet)
{
    /// <summary>The threshold of the rule set in force; null for an indicator without one.</summary>
    public double? Graense => Maal.Graense(Regelsaet);

    /// <summary>taeller ÷ naevner, unrounded; null when naevner is 0.</summary>
    public double? Andel => Naevner == 0 ? null : (double)Taeller / Naevner;

    /// <summary>Met (compared exactly); null when there is no threshold or naevner is 0.</summary>
    public bool? Opfyldt => Maalopfyldelse.Opfyldt(Taeller, Naevner, Graense);
}
