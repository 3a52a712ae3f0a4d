namespace JobcenterTilsyn.Domain.Benchmark;

/// <summary>One municipality's benchmark result in one område (rules.md §5), with its 90 % intervals when computed.</summary>
public sealed record Benchmarkposition(
    short Kommunekode,
    double Fuldtidspersoner,
    double Befolkning,
    double FaktiskAndel,
    double ForventetAndel,
    double Residual,
    double PrediktionSe,
    int Rang,
    int Klynge,
    IReadOnlyList<short> LaerAf,
    Usikkerhed? Usikkerhed = null)
{
    /// <summary>(faktisk − forventet) × befolkning: fuldtidspersoner more (positive) or fewer than expected.</summary>
    public double PotentialePersoner => Potentiale.Personer(Residual, Befolkning);
}
