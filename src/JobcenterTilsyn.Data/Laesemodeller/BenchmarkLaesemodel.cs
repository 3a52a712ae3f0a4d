using JobcenterTilsyn.Data.Entities;
using JobcenterTilsyn.Domain.Registre;
using Microsoft.EntityFrameworkCore;

namespace JobcenterTilsyn.Data.Laesemodeller;

/// <summary>One municipality in a year's benchmark of one område.</summary>
public sealed record Benchmarkraekke(
    short Kommunekode,
    string Navn,
    double Fuldtidspersoner,
    double Befolkning,
    double FaktiskAndel,
    double ForventetAndel,
    double Residual,
    int Rang,
    int Klynge)
{
    public double PotentialePersoner => Residual * Befolkning;
}

/// <summary>A coefficient of the fitted model with its standard error.</summary>
public sealed record Koefficient(string Variabel, double Vaerdi, double Standardfejl);

/// <summary>The fitted model and the ranking of one calendar year and område; <see cref="Model"/> null when none is stored.</summary>
public sealed record Benchmarkoversigt(
    int? Aar,
    Omraade Omraade,
    IReadOnlyList<int> Aarstal,
    IReadOnlyList<Koefficient> Model,
    double? RKvadrat,
    int? N,
    IReadOnlyList<Benchmarkraekke> Raekker);

/// <summary>Reads a stored calendar-year benchmark: the ranking (one joined query) and its model (one row).</summary>
public static class BenchmarkLaesemodel
{
    /// <param name="aar">The year; null means the latest stored.</param>
    public static async Task<Benchmarkoversigt> HentAsync(TilsynDbContext db, int? aar, Omraade omraade, CancellationToken ct = default)
    {
        var aarstal = (await db.Set<BenchmarkModelEntity>().AsNoTracking().KunKalenderaar()
                .Select(b => b.PeriodeTil.Year).Distinct().ToListAsync(ct))
            .OrderDescending().ToList();
        var valgt = aar ?? (aarstal.Count > 0 ? aarstal[0] : null);
        if (valgt is not { } y) return new Benchmarkoversigt(null, omraade, aarstal, [], null, null, []);

        var fra = new DateOnly(y, 1, 1);
        var til = new DateOnly(y, 12, 31);
        var kode = (short)omraade;
        var raekker = await db.Set<BenchmarkResultatEntity>().AsNoTracking()
            .Where(b => b.PeriodeFra == fra && b.PeriodeTil == til && b.Omraade == kode)
            .Join(db.Kommuner, b => b.Kommunekode, k => k.Kommunekode, (b, k) => new Benchmarkraekke(
                b.Kommunekode, k.Navn, b.Fuldtidspersoner, b.Befolkning, b.FaktiskAndel, b.ForventetAndel, b.Residual, b.Rang, b.Klynge))
            .ToListAsync(ct);
        var model = await db.Set<BenchmarkModelEntity>().AsNoTracking()
            .SingleOrDefaultAsync(b => b.PeriodeFra == fra && b.PeriodeTil == til && b.Omraade == kode, ct);

        IReadOnlyList<Koefficient> koefficienter = model is null
            ? []
            : [.. model.Variabler.Select((v, i) => new Koefficient(v, model.Koefficienter[i], model.Standardfejl[i]))];
        return new Benchmarkoversigt(y, omraade, aarstal, koefficienter, model?.RKvadrat, model?.N, [.. raekker.OrderBy(r => r.Rang)]);
    }
}
