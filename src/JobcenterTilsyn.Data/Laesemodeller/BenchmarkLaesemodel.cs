using JobcenterTilsyn.Data.Entities;
using JobcenterTilsyn.Domain.Benchmark;
using JobcenterTilsyn.Domain.Registre;
using Microsoft.EntityFrameworkCore;

namespace JobcenterTilsyn.Data.Laesemodeller;

/// <summary>One municipality in a period's benchmark of one område, with its 90 % intervals (null when not stored).</summary>
public sealed record Benchmarkraekke(
    short Kommunekode,
    string Navn,
    double Fuldtidspersoner,
    double Befolkning,
    double FaktiskAndel,
    double ForventetAndel,
    double Residual,
    int Rang,
    int Klynge,
    double? ResidualLav = null,
    double? ResidualHoej = null,
    int? RangLav = null,
    int? RangHoej = null)
{
    public double PotentialePersoner => Residual * Befolkning;
}

/// <summary>A coefficient of the fitted model with its standard error.</summary>
public sealed record Koefficient(string Variabel, double Vaerdi, double Standardfejl);

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

/// <summary>Reads a stored benchmark: the ranking (one joined query) and its model (one row).</summary>
public static class BenchmarkLaesemodel
{
    /// <param name="aar">The calendar year; null means the latest stored.</param>
    public static Task<Benchmarkoversigt> HentAsync(TilsynDbContext db, int? aar, Omraade omraade, CancellationToken ct = default) =>
        HentPeriodeAsync(db, aar is { } a ? Maaleperiode.Kalenderaar(a) : null, omraade, ct);

    /// <param name="periode">A calendar year or rolling period; null means the latest stored calendar year.</param>
    public static async Task<Benchmarkoversigt> HentPeriodeAsync(TilsynDbContext db, Maaleperiode? periode, Omraade omraade, CancellationToken ct = default)
    {
        var perioder = await PerioderAsync(db, ct);
        var aarstal = perioder.Where(p => p.ErKalenderaar).Select(p => p.Til.Year).ToList();
        var valgt = periode ?? (aarstal.Count > 0 ? Maaleperiode.Kalenderaar(aarstal[0]) : null);
        if (valgt is not { } v) return new Benchmarkoversigt(null, omraade, aarstal, [], null, null, [], null, perioder);

        var kode = (short)omraade;
        var raekker = await db.Set<BenchmarkResultatEntity>().AsNoTracking()
            .Where(b => b.PeriodeFra == v.Fra && b.PeriodeTil == v.Til && b.Omraade == kode)
            .Join(db.Kommuner, b => b.Kommunekode, k => k.Kommunekode, (b, k) => new Benchmarkraekke(
                b.Kommunekode, k.Navn, b.Fuldtidspersoner, b.Befolkning, b.FaktiskAndel, b.ForventetAndel, b.Residual, b.Rang, b.Klynge,
                b.ResidualLav, b.ResidualHoej, b.RangLav, b.RangHoej))
            .ToListAsync(ct);
        var model = await db.Set<BenchmarkModelEntity>().AsNoTracking()
            .SingleOrDefaultAsync(b => b.PeriodeFra == v.Fra && b.PeriodeTil == v.Til && b.Omraade == kode, ct);

        IReadOnlyList<Koefficient> koefficienter = model is null
            ? []
            : [.. model.Variabler.Select((navn, i) => new Koefficient(navn, model.Koefficienter[i], model.Standardfejl[i]))];
        return new Benchmarkoversigt(v.ErKalenderaar ? v.Til.Year : null, omraade, aarstal, koefficienter, model?.RKvadrat, model?.N,
            [.. raekker.OrderBy(r => r.Rang)], v, perioder, model?.Modelversion, model?.Regelsaet);
    }

    /// <summary>Every stored period, newest end first (a calendar year before the rolling period ending the same day).</summary>
    public static async Task<IReadOnlyList<Maaleperiode>> PerioderAsync(TilsynDbContext db, CancellationToken ct = default)
    {
        var raekker = await db.Set<BenchmarkModelEntity>().AsNoTracking()
            .Select(b => new { b.PeriodeFra, b.PeriodeTil }).Distinct().ToListAsync(ct);
        return [.. raekker.Select(r => new Maaleperiode(r.PeriodeFra, r.PeriodeTil)).OrderByDescending(p => p.Til).ThenBy(p => p.Fra)];
    }
}
