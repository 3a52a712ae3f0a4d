using JobcenterTilsyn.Data.Queries;
using JobcenterTilsyn.Domain.Fokusmaal;
using JobcenterTilsyn.Domain.Tid;

namespace JobcenterTilsyn.Data.Export;

/// <summary>The `outlook` export of data-contract.md for one status month, from <see cref="UdsigtQuery"/>.</summary>
public static class UdsigtExport
{
    public const string Header = "kommunekode;maal;status_maaned;maaned;naevner;har_tilbud;uden_tilbud;noedvendige;maal_graense";

    public static async Task SkrivAsync(TilsynDbContext db, Maaned statusmaaned, TextWriter writer, CancellationToken ct = default)
    {
        var rows = await UdsigtQuery.HentAsync(db, statusmaaned, ct: ct);
        if (rows.Count == 0)
            throw new IngenResultaterException($"No outlook is stored for the status month {statusmaaned}: run `compute --from {statusmaaned} --to {statusmaaned}` first.");

        var csv = new CsvWriter(writer);
        writer.Write(Header);
        csv.SlutLinje();
        foreach (var r in rows)
        {
            csv.Felt(r.Kommunekode)
                .Felt(r.Maal.Kode())
                .Felt(statusmaaned.ToString())
                .Felt(r.Maaned.ToString())
                .Felt(r.Tal.Naevner)
                .Felt(r.Tal.HarTilbud)
                .Felt(r.Tal.UdenTilbud)
                .Felt(r.Tal.Noedvendige)
                .Felt(r.Tal.Graense, 6)
                .SlutLinje();
        }
        await writer.FlushAsync(ct);
    }
}
