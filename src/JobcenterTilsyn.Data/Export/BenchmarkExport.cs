using JobcenterTilsyn.Data.Queries;
using JobcenterTilsyn.Domain.Benchmark;
using JobcenterTilsyn.Domain.Registre;

namespace JobcenterTilsyn.Data.Export;

/// <summary>The `benchmark` export of data-contract.md for one period, from <see cref="BenchmarkQuery"/>.</summary>
public static class BenchmarkExport
{
    public const string Header = "kommunekode;omraade;aar;fuldtidspersoner;befolkning_16_66;faktisk_andel;forventet_andel;residual;rang;klynge";

    public static async Task SkrivAsync(TilsynDbContext db, Maaleperiode periode, TextWriter writer, CancellationToken ct = default)
    {
        var rows = await BenchmarkQuery.HentAsync(db, new Benchmarkudvalg(Periode: periode), ct);
        if (rows.Count == 0)
            throw new IngenResultaterException($"No benchmark is stored for {periode}: run `compute` over the whole period first.");

        var csv = new CsvWriter(writer);
        writer.Write(Header);
        csv.SlutLinje();
        foreach (var r in rows)
        {
            csv.Felt(r.Kommunekode)
                .Felt(r.Omraade.Kode())
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
