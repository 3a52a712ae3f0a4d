using JobcenterTilsyn.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace JobcenterTilsyn.Data.Reference;

/// <summary>Inserts or updates the 98 municipalities; running it again changes nothing.</summary>
public static class KommuneSeeder
{
    public static async Task SeedAsync(TilsynDbContext db, CancellationToken ct = default)
    {
        var existing = await db.Kommuner.ToDictionaryAsync(k => k.Kommunekode, ct);
        foreach (var k in KommuneReferencedata.Kommuner)
        {
            if (existing.TryGetValue(k.Kommunekode, out var row))
            {
                row.Navn = k.Navn;
                row.Region = k.Region;
                row.Indbyggere = k.Indbyggere;
            }
            else
            {
                db.Kommuner.Add(new KommuneEntity { Kommunekode = k.Kommunekode, Navn = k.Navn, Region = k.Region, Indbyggere = k.Indbyggere });
            }
        }
        await db.SaveChangesAsync(ct);
    }
}
