using JobcenterTilsyn.Domain.Fokusmaal;
using JobcenterTilsyn.Domain.Regler;
using JobcenterTilsyn.Domain.Tid;

namespace JobcenterTilsyn.Domain.Udsigt;

/// <summary>One municipality's outlook for one goal (A or B) and coming month, as of a status month, with the rule set in force on last(M).</summary>
public sealed record Udsigtsresultat(short Kommunekode, Maal Maal, Maaned Statusmaaned, Maaned Maaned, int Naevner, int HarTilbud, Regelsaet Regelsaet)
{
    public double Graense => Maal.Graense(Regelsaet)!.Value;

    public Udsigtstal Tal => new(Naevner, HarTilbud, Graense);
}
