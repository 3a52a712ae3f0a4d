using JobcenterTilsyn.Domain.Fokusmaal;

namespace JobcenterTilsyn.Domain.Udsigt;

/// <summary>
/// One outlook figure (rules.md §11): of <paramref name="Naevner"/> persons (or B spells) heading for M's figure,
/// <paramref name="HarTilbud"/> already have a qualifying tilbud; <see cref="Noedvendige"/> of the others must get one
/// for M's goal (threshold <paramref name="Graense"/>) to be met if everybody stays on benefits.
/// </summary>
public sealed record Udsigtstal(int Naevner, int HarTilbud, double Graense)
{
    public int UdenTilbud => Naevner - HarTilbud;

    /// <summary>max(0, ⌈g·naevner⌉ − har_tilbud), exact; 0 when nobody is heading for the figure.</summary>
    public int Noedvendige => checked((int)Math.Max(0, Mangler.Noedvendige(Naevner, Graense) - HarTilbud));
}
