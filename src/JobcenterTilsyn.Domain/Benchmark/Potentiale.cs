namespace JobcenterTilsyn.Domain.Benchmark;

/// <summary>
/// The potentiale of rules.md §5: (faktisk − forventet) × befolkning fuldtidspersoner above (positive) or below
/// expectation, and the same in kroner at a yearly net cost per fuldtidsperson.
/// </summary>
public static class Potentiale
{
    public static double Personer(double residual, double befolkning) => residual * befolkning;

    public static double Kroner(double personer, double kronerPrFuldtidsperson) => personer * kronerPrFuldtidsperson;
}
