using JobcenterTilsyn.Domain.Benchmark;
using JobcenterTilsyn.Domain.Registre;

namespace JobcenterTilsyn.Data.Queries;

/// <summary>A coefficient of the fitted model with its standard error.</summary>
public sealed record Koefficient(string Variabel, double Vaerdi, double Standardfejl);

/// <summary>The figure type of a stored benchmark model (rules.md §5): the regression of one område in one period.</summary>
public sealed record Benchmarkmodel(
    Omraade Omraade, Maaleperiode Periode, IReadOnlyList<Koefficient> Koefficienter, double RKvadrat, int N, string? Modelversion, string? Regelsaet);
