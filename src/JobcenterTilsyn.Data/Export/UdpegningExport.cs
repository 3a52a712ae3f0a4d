using JobcenterTilsyn.Data.Queries;

namespace JobcenterTilsyn.Data.Export;

/// <summary>The `designation` export of data-contract.md for one year, from <see cref="UdpegningQuery"/>.</summary>
public static class UdpegningExport
{
    public const string Header = "kommunekode;aar;kategori;resultat_kriterie;indsats_kriterie";

    public static async Task SkrivAsync(TilsynDbContext db, int aar, TextWriter writer, CancellationToken ct = default)
    {
        var rows = await UdpegningQuery.HentAsync(db, aar, ct: ct);
        if (rows.Count == 0)
            throw new IngenResultaterException($"No designation is stored for {aar}: run `compute --from {aar}-01 --to {aar}-12` first.");

        var csv = new CsvWriter(writer);
        writer.Write(Header);
        csv.SlutLinje();
        foreach (var r in rows)
        {
            csv.Felt(r.Kommunekode).Felt(r.Aar).Felt(r.Kategori).Felt(r.ResultatKriterie).Felt(r.IndsatsKriterie).SlutLinje();
        }
        await writer.FlushAsync(ct);
    }
}
