using JobcenterTilsyn.Data.Entities;
using JobcenterTilsyn.Domain.Benchmark;
using JobcenterTilsyn.Domain.Registre;
using Microsoft.EntityFrameworkCore;

namespace JobcenterTilsyn.Data.Queries;

/// <summary>The one query for stored benchmark models.</summary>
public static class BenchmarkModelQuery
{
    /// <summary>The models of one period, or of every period when <paramref name="periode"/> is null, by område code; empty when none is computed.</summary>
    public static async Task<IReadOnlyList<Benchmarkmodel>> HentAsync(TilsynDbContext db, Maaleperiode? periode, Omraade? omraade = null, CancellationToken ct = default)
    {
        var query = db.Set<BenchmarkModelEntity>().AsNoTracking();
        if (periode is { } p)
        {
            var (fra, til) = (p.Fra, p.Til);
            query = query.Where(m => m.PeriodeFra == fra && m.PeriodeTil == til);
        }
        if (omraade is { } o)
        {
            var kode = (short)o;
            query = query.Where(m => m.Omraade == kode);
        }
        var modeller = await query.ToListAsync(ct);
        return [.. modeller
            .Select(m => new Benchmarkmodel((Omraade)m.Omraade, new Maaleperiode(m.PeriodeFra, m.PeriodeTil),
                [.. m.Variabler.Select((v, i) => new Koefficient(v, m.Koefficienter[i], m.Standardfejl[i]))], m.RKvadrat, m.N, m.Modelversion, m.Regelsaet))
            .OrderBy(m => m.Periode.Til).ThenByDescending(m => m.Periode.Fra).ThenBy(m => m.Omraade)];
    }
}
