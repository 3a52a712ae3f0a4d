using JobcenterTilsyn.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace JobcenterTilsyn.Data.Scenarier;

/// <summary>What the Scenarier page starts from: the latest designated year, and how many persons a pass reads.</summary>
public static class ScenarieQuery
{
    /// <summary>The latest year with a stored designation; null when none is stored.</summary>
    public static async Task<int?> SenesteUdpegningsaarAsync(TilsynDbContext db, CancellationToken ct = default) =>
        await db.Set<UdpegningEntity>().AsNoTracking().Select(u => (int?)u.Aar).MaxAsync(ct);

    /// <summary>Persons read by the latest successful computation: the scenario's progress estimate; null when none ran.</summary>
    public static async Task<long?> ForventedePersonerAsync(TilsynDbContext db, CancellationToken ct = default) =>
        await db.Set<BeregningEntity>().AsNoTracking()
            .Where(b => b.Afsluttet != null && b.Fejl == null && b.PersonerLaest > 0)
            .OrderByDescending(b => b.Id).Select(b => (long?)b.PersonerLaest).FirstOrDefaultAsync(ct);
}
