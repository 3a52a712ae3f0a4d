namespace JobcenterTilsyn.Domain.Benchmark;

/// <summary>
/// The benchmark of one område for one period: the model and every municipality's position, by kommunekode;
/// <see cref="Usikkerhedsmetode"/> is how the positions' intervals were computed (null when they were not).
/// </summary>
public sealed record Benchmarkresultat(
    Registre.Omraade Omraade, Maaleperiode Periode, Regressionsmodel Model, IReadOnlyList<Benchmarkposition> Positioner,
    Bootstrapindstilling? Usikkerhedsmetode = null);
