using JobcenterTilsyn.Data.Entities;
using JobcenterTilsyn.Domain.Benchmark;
using JobcenterTilsyn.Domain.Registre;
using Microsoft.EntityFrameworkCore;

namespace JobcenterTilsyn.Data.Eksport;

/// <summary>The `benchmark` export of data-contract.md for one period, from the stored results.</summary>
public static class BenchmarkEksport
{
    public const string Header = "kommunekode;omraade;aar;fuldtidspersoner;befolkning_16_66;faktisk_andel;forventet_andel;residual;rang;klynge";

    public static async Task SkrivAsync(TilsynDbContext db, Maaleperiode periode, TextWriter writer, CancellationToken ct = default)
    {
        var rows = await db.Set<BenchmarkResultatEntity>().AsNoTracking()
            .Where(b => b.PeriodeFra == periode.Fra && b.PeriodeTil == periode.Til)
            .ToListAsync(ct);
        if (rows.Count == 0)
            throw new IngenResultaterException($"No benchmark is stored for {periode}: run `compute` over the whole period first.");

        var csv = new CsvSkriver(writer);
        writer.Write(Header);
        csv.SlutLinje();
        foreach (var r in rows.OrderBy(r => r.Kommunekode).ThenBy(r => ((Omraade)r.Omraade).Kode(), StringComparer.Ordinal))
        {
            csv.Felt(r.Kommunekode)
                .Felt(((Omraade)r.Omraade).Kode())
                .Felt(periode.ToString())
                .Felt(r.Fuldtidspersoner, 6)
                .Felt(r.Befolkning, 1)
                .Felt(r.FaktiskAndel, 9)
                .Felt(r.ForventetAndel, 9)
                .Felt(r.Residual, 9)
                .Felt(r.Rang)
                .Felt(r.Klynge)
                .SlutLinje();
        }
        await writer.FlushAsync(ct);
    }
}
