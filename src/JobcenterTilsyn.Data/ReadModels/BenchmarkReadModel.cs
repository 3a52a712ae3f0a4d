using JobcenterTilsyn.Data.Queries;
using JobcenterTilsyn.Domain.Benchmark;
using JobcenterTilsyn.Domain.Registre;

namespace JobcenterTilsyn.Data.ReadModels;

/// <summary>
/// The fitted model and the ranking of one period and område; <see cref="Model"/> empty when none is stored.
/// <see cref="Aar"/> is the chosen period's year when it is a calendar year.
/// </summary>
public sealed record Benchmarkoversigt(
    int? Aar,
    Omraade Omraade,
    IReadOnlyList<int> Aarstal,
    IReadOnlyList<Koefficient> Model,
    double? RKvadrat,
    int? N,
    IReadOnlyList<Benchmarkraekke> Raekker,
    Maaleperiode? Periode = null,
    IReadOnlyList<Maaleperiode>? Perioder = null,
    string? Modelversion = null,
    string? Regelsaet = null);

/// <summary>A stored benchmark for the Benchmark page: the ranking from <see cref="BenchmarkQuery"/> and its model from <see cref="BenchmarkModelQuery"/>.</summary>
public static class BenchmarkReadModel
{
    /// <param name="aar">The calendar year; null means the latest stored.</param>
    public static Task<Benchmarkoversigt> HentAsync(TilsynDbContext db, int? aar, Omraade omraade, CancellationToken ct = default) =>
        HentPeriodeAsync(db, aar is { } a ? Maaleperiode.Kalenderaar(a) : null, omraade, ct);

    /// <param name="periode">A calendar year or rolling period; null means the latest stored calendar year.</param>
    public static async Task<Benchmarkoversigt> HentPeriodeAsync(TilsynDbContext db, Maaleperiode? periode, Omraade omraade, CancellationToken ct = default)
    {
        var perioder = await BenchmarkQuery.PerioderAsync(db, ct);
        var aarstal = perioder.Where(p => p.ErKalenderaar).Select(p => p.Til.Year).ToList();
        var valgt = periode ?? (aarstal.Count > 0 ? Maaleperiode.Kalenderaar(aarstal[0]) : null);
        if (valgt is not { } v) return new Benchmarkoversigt(null, omraade, aarstal, [], null, null, [], null, perioder);

        var raekker = await BenchmarkQuery.HentAsync(db, new Benchmarkudvalg(v, omraade), ct);
        var model = (await BenchmarkModelQuery.HentAsync(db, v, omraade, ct)).SingleOrDefault();
        return new Benchmarkoversigt(v.ErKalenderaar ? v.Til.Year : null, omraade, aarstal, model?.Koefficienter ?? [], model?.RKvadrat, model?.N,
            [.. raekker.OrderBy(r => r.Rang)], v, perioder, model?.Modelversion, model?.Regelsaet);
    }
}
