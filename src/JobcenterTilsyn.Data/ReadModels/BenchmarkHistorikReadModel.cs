using JobcenterTilsyn.Data.Queries;
using JobcenterTilsyn.Domain.Benchmark;
using JobcenterTilsyn.Domain.Registre;

namespace JobcenterTilsyn.Data.ReadModels;

/// <summary>One municipality's benchmark in one stored period, with the rule set and model version that produced it.</summary>
public sealed record Historikpunkt(
    Maaleperiode Periode,
    int Rang,
    int? RangLav,
    int? RangHoej,
    double Residual,
    double? ResidualLav,
    double? ResidualHoej,
    int AntalKommuner,
    string? Regelsaet,
    string? Modelversion);

/// <summary>A municipality's rang and residual over every computed period, oldest first, from <see cref="BenchmarkQuery"/>.</summary>
public static class BenchmarkHistorikReadModel
{
    public static async Task<IReadOnlyList<Historikpunkt>> HentAsync(TilsynDbContext db, short kommunekode, Omraade omraade, CancellationToken ct = default)
    {
        var raekker = await BenchmarkQuery.HentAsync(db, new Benchmarkudvalg(Omraade: omraade, Kommunekode: kommunekode), ct);
        var modeller = (await BenchmarkModelQuery.HentAsync(db, null, omraade, ct)).ToDictionary(m => m.Periode);
        return [.. raekker
            .Select(r =>
            {
                var m = modeller.GetValueOrDefault(r.Periode);
                return new Historikpunkt(r.Periode, r.Rang, r.RangLav, r.RangHoej, r.Residual, r.ResidualLav, r.ResidualHoej,
                    m?.N ?? 0, m?.Regelsaet, m?.Modelversion);
            })
            .OrderBy(p => p.Periode.Til).ThenByDescending(p => p.Periode.Fra)];
    }
}
