using JobcenterTilsyn.Domain.Registre;
using Microsoft.EntityFrameworkCore;

namespace JobcenterTilsyn.Data.Reference;

/// <summary>The municipalities as stored, for lists and pickers.</summary>
public static class KommuneStore
{
    /// <summary>Every municipality, ordered by code.</summary>
    public static async Task<List<Kommune>> AlleAsync(TilsynDbContext db, CancellationToken ct = default) =>
        await db.Kommuner.AsNoTracking()
            .OrderBy(k => k.Kommunekode)
            .Select(k => new Kommune(k.Kommunekode, k.Navn, k.Region, k.Indbyggere))
            .ToListAsync(ct);
}
