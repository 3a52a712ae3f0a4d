using JobcenterTilsyn.Data.Entities;
using JobcenterTilsyn.Domain.Tid;
using Microsoft.EntityFrameworkCore;

namespace JobcenterTilsyn.Data.Import;

/// <summary>How far back the imported registers reach (the import page's default computation period starts there).</summary>
public static class Registerperiode
{
    /// <summary>The month of the earliest stored benefit period, or null while none is imported.</summary>
    public static async Task<Maaned?> FoersteMaanedAsync(TilsynDbContext db, CancellationToken ct = default) =>
        await db.Set<YdelsesperiodeEntity>().MinAsync(y => (DateOnly?)y.Startdato, ct) is { } foerste ? Maaned.Af(foerste) : null;
}
