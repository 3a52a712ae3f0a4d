using JobcenterTilsyn.Data.Queries;
using JobcenterTilsyn.Domain.Tid;
using JobcenterTilsyn.Domain.Udpegning;

namespace JobcenterTilsyn.Data.Export;

/// <summary>The `forecast` export of data-contract.md for one status month, from <see cref="PrognoseQuery"/>.</summary>
public static class PrognoseExport
{
    public const string Header = "kommunekode;aar;status_maaned;benchmark_periode;kategori;resultat_kriterie;indsats_kriterie;mangler_a;mangler_b";

    /// <exception cref="IngenResultaterException">A month or the benchmark the forecast needs is not computed (named in the message).</exception>
    public static async Task SkrivAsync(TilsynDbContext db, Maaned statusmaaned, TextWriter writer, CancellationToken ct = default)
    {
        var rows = await PrognoseQuery.HentAsync(db, statusmaaned, ct);
        var csv = new CsvWriter(writer);
        writer.Write(Header);
        csv.SlutLinje();
        foreach (var r in rows)
        {
            csv.Felt(r.Kommunekode)
                .Felt(r.Aar)
                .Felt(statusmaaned.ToString())
                .Felt(r.BenchmarkPeriode.ToString())
                .Felt(r.Kategori.Kode())
                .Felt(r.ResultatKriterie)
                .Felt(r.IndsatsKriterie)
                .Felt(r.ManglerA)
                .Felt(r.ManglerB)
                .SlutLinje();
        }
        await writer.FlushAsync(ct);
    }
}
