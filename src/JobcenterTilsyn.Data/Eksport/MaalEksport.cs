using JobcenterTilsyn.Data.Entities;
using JobcenterTilsyn.Domain.Fokusmaal;
using JobcenterTilsyn.Domain.Tid;
using Microsoft.EntityFrameworkCore;

namespace JobcenterTilsyn.Data.Eksport;

/// <summary>The `measures` export of data-contract.md for one month, from the stored results.</summary>
public static class MaalEksport
{
    public const string Header = "kommunekode;maal;maaned;taeller;naevner;andel;maal_graense;opfyldt";

    public static async Task SkrivAsync(TilsynDbContext db, Maaned maaned, TextWriter writer, CancellationToken ct = default)
    {
        var rows = await db.Set<MaalresultatEntity>().AsNoTracking()
            .Where(m => m.Maaned == maaned.Foerste)
            .ToListAsync(ct);
        if (rows.Count == 0)
            throw new IngenResultaterException($"No measures are stored for {maaned}: run `compute --from {maaned} --to {maaned}` first.");

        var csv = new CsvSkriver(writer);
        writer.Write(Header);
        csv.SlutLinje();
        // Contract order: kommunekode, then maal code in ordinal order (the enum is declared in that order too).
        foreach (var r in rows.OrderBy(r => r.Kommunekode).ThenBy(r => ((Maal)r.Maal).Kode(), StringComparer.Ordinal))
        {
            csv.Felt(r.Kommunekode)
                .Felt(((Maal)r.Maal).Kode())
                .Felt(maaned.ToString())
                .Felt(r.Taeller)
                .Felt(r.Naevner)
                .Felt(r.Naevner == 0 ? null : (double)r.Taeller / r.Naevner, 6)
                .Felt(r.Graense, 6)
                .Felt(Maalopfyldelse.Opfyldt(r.Taeller, r.Naevner, r.Graense))
                .SlutLinje();
        }
        await writer.FlushAsync(ct);
    }
}
