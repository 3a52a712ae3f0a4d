using JobcenterTilsyn.Data.Entities;
using JobcenterTilsyn.Domain.Benchmark;
using JobcenterTilsyn.Domain.Registre;
using Microsoft.EntityFrameworkCore;

namespace JobcenterTilsyn.Data.Laesemodeller;

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

/// <summary>Reads a municipality's rang and residual over every computed period, oldest first.</summary>
public static class BenchmarkHistorikLaesemodel
{
    public static async Task<IReadOnlyList<Historikpunkt>> HentAsync(TilsynDbContext db, short kommunekode, Omraade omraade, CancellationToken ct = default)
    {
        var kode = (short)omraade;
        var raekker = await db.Set<BenchmarkResultatEntity>().AsNoTracking()
            .Where(b => b.Kommunekode == kommunekode && b.Omraade == kode)
            .GroupJoin(db.Set<BenchmarkModelEntity>().AsNoTracking(),
                b => new { b.PeriodeFra, b.PeriodeTil, b.Omraade }, m => new { m.PeriodeFra, m.PeriodeTil, m.Omraade },
                (b, m) => new { b, m })
            .SelectMany(x => x.m.DefaultIfEmpty(), (x, m) => new
            {
                x.b.PeriodeFra, x.b.PeriodeTil, x.b.Rang, x.b.RangLav, x.b.RangHoej, x.b.Residual, x.b.ResidualLav, x.b.ResidualHoej,
                N = m == null ? 0 : m.N, Regelsaet = m == null ? null : m.Regelsaet, Modelversion = m == null ? null : m.Modelversion,
            })
            .ToListAsync(ct);
        return [.. raekker
            .Select(r => new Historikpunkt(new Maaleperiode(r.PeriodeFra, r.PeriodeTil), r.Rang, r.RangLav, r.RangHoej,
                r.Residual, r.ResidualLav, r.ResidualHoej, r.N, r.Regelsaet, r.Modelversion))
            .OrderBy(p => p.Periode.Til).ThenByDescending(p => p.Periode.Fra)];
    }
}
