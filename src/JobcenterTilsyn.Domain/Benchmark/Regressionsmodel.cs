namespace JobcenterTilsyn.Domain.Benchmark;

/// <summary>
/// A fitted OLS model: <see cref="Variabler"/> starts with <see cref="Intercept"/>, and the coefficients and
/// their standard errors follow the same order.
/// </summary>
public sealed record Regressionsmodel(
    IReadOnlyList<string> Variabler,
    IReadOnlyList<double> Koefficienter,
    IReadOnlyList<double> Standardfejl,
    double RKvadrat,
    int N,
    double ResidualSpredning)
{
    public const string Intercept = "(intercept)";
}
