using JobcenterTilsyn.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace JobcenterTilsyn.Data.Queries;

/// <summary>The 98 municipalities of the reference data, by code.</summary>
public static class KommuneQuery
{
    public static async Task<IReadOnlyList<KommuneEntity>> HentAlleAsync(TilsynDbContext db, CancellationToken ct = default) =>
        await db.Kommuner.AsNoTracking().OrderBy(k => k.Kommunekode).ToListAsync(ct);
}
