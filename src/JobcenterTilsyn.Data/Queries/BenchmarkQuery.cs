using JobcenterTilsyn.Data.Entities;
using JobcenterTilsyn.Domain.Benchmark;
using JobcenterTilsyn.Domain.Registre;
using Microsoft.EntityFrameworkCore;

namespace JobcenterTilsyn.Data.Queries;

/// <summary>The one query for stored result benchmarks: every reader of a <see cref="Benchmarkraekke"/> comes here.</summary>
public static class BenchmarkQuery
{
    /// <summary>The selected rows in the contract's order: kommunekode, then the område's code ordinally, then period.</summary>
    public static async Task<IReadOnlyList<Benchmarkraekke>> HentAsync(TilsynDbContext db, Benchmarkudvalg udvalg, CancellationToken ct = default)
    {
        var query = db.Set<BenchmarkResultatEntity>().AsNoTracking();
        if (udvalg.Periode is { } p)
        {
            var (fra, til) = (p.Fra, p.Til);
            query = query.Where(b => b.PeriodeFra == fra && b.PeriodeTil == til);
        }
        if (udvalg.Omraade is { } o)
        {
            var kode = (short)o;
            query = query.Where(b => b.Omraade == kode);
        }
        if (udvalg.Kommunekode is { } k) query = query.Where(b => b.Kommunekode == k);
        if (udvalg.KunKalenderaar) query = query.KunKalenderaar();

        var raekker = await query
            .Join(db.Kommuner, b => b.Kommunekode, x => x.Kommunekode, (b, x) => new { b, x.Navn })
            .ToListAsync(ct);
        return [.. raekker
            .Select(r => new Benchmarkraekke(
                r.b.Kommunekode, r.Navn, (Omraade)r.b.Omraade, new Maaleperiode(r.b.PeriodeFra, r.b.PeriodeTil),
                r.b.Fuldtidspersoner, r.b.Befolkning, r.b.FaktiskAndel, r.b.ForventetAndel, r.b.Residual, r.b.Rang, r.b.Klynge,
                r.b.LaerAf, r.b.Beregnet, r.b.ResidualLav, r.b.ResidualHoej, r.b.RangLav, r.b.RangHoej))
            .OrderBy(r => r.Kommunekode).ThenBy(r => r.Omraade.Kode(), StringComparer.Ordinal).ThenBy(r => r.Periode.Til).ThenByDescending(r => r.Periode.Fra)];
    }

    /// <summary>Every stored period, newest end first (a calendar year before the rolling period ending the same day).</summary>
    public static async Task<IReadOnlyList<Maaleperiode>> PerioderAsync(TilsynDbContext db, CancellationToken ct = default)
    {
        var raekker = await db.Set<BenchmarkModelEntity>().AsNoTracking()
            .Select(b => new { b.PeriodeFra, b.PeriodeTil }).Distinct().ToListAsync(ct);
        return [.. raekker.Select(r => new Maaleperiode(r.PeriodeFra, r.PeriodeTil)).OrderByDescending(p => p.Til).ThenBy(p => p.Fra)];
    }

    /// <summary>The latest stored calendar year ending on or before <paramref name="senest"/>; null when none.</summary>
    public static async Task<int?> SenesteKalenderaarAsync(TilsynDbContext db, DateOnly senest, CancellationToken ct = default)
    {
        var til = await db.Set<BenchmarkResultatEntity>().AsNoTracking().KunKalenderaar()
            .Where(b => b.PeriodeTil <= senest)
            .MaxAsync(b => (DateOnly?)b.PeriodeTil, ct);
        return til?.Year;
    }
}
