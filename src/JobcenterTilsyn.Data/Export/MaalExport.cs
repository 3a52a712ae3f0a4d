using JobcenterTilsyn.Data.Queries;
using JobcenterTilsyn.Domain.Fokusmaal;
using JobcenterTilsyn.Domain.Tid;

namespace JobcenterTilsyn.Data.Export;

/// <summary>The `measures` export of data-contract.md for one month, from <see cref="MaalQuery"/>.</summary>
public static class MaalExport
{
    public const string Header = "kommunekode;maal;maaned;taeller;naevner;andel;maal_graense;opfyldt";

    public static async Task SkrivAsync(TilsynDbContext db, Maaned maaned, TextWriter writer, CancellationToken ct = default)
    {
        var rows = await MaalQuery.HentAsync(db, maaned, ct: ct);
        if (rows.Count == 0)
            throw new IngenResultaterException($"No measures are stored for {maaned}: run `compute --from {maaned} --to {maaned}` first.");

        var csv = new CsvWriter(writer);
        writer.Write(Header);
        csv.SlutLinje();
        foreach (var r in rows)
        {
            csv.Felt(r.Kommunekode)
                .Felt(r.Maal.Kode())
                .Felt(maaned.ToString())
                .Felt(r.Tal.Taeller)
                .Felt(r.Tal.Naevner)
                .Felt(r.Tal.Andel, 6)
                .Felt(r.Tal.Graense, 6)
                .Felt(r.Tal.Opfyldt)
                .SlutLinje();
        }
        await writer.FlushAsync(ct);
    }
}
