using JobcenterTilsyn.Data.Entities;
using JobcenterTilsyn.Domain.Tid;
using Microsoft.EntityFrameworkCore;

namespace JobcenterTilsyn.Data.Import;

/// <summary>How far the imported registers reach (the import page's default computation period spans that).</summary>
public static class Registerperiode
{
    /// <summary>The month of the earliest stored benefit period, or null while none is imported.</summary>
    public static async Task<Maaned?> FoersteMaanedAsync(TilsynDbContext db, CancellationToken ct = default) =>
        await db.Set<YdelsesperiodeEntity>().MinAsync(y => (DateOnly?)y.Startdato, ct) is { } foerste ? Maaned.Af(foerste) : null;

    /// <summary>
    /// The month of the latest date in the benefit periods (start or end) or the conversations, or null while none is
    /// imported: the last month the extracts cover, so a computation need not go further.
    /// </summary>
    public static async Task<Maaned?> SidsteMaanedAsync(TilsynDbContext db, CancellationToken ct = default)
    {
        var ydelser = db.Set<YdelsesperiodeEntity>();
        DateOnly?[] seneste =
        [
            await ydelser.MaxAsync(y => (DateOnly?)y.Startdato, ct),
            await ydelser.MaxAsync(y => y.Slutdato, ct),
            await db.Set<SamtaleEntity>().MaxAsync(s => (DateOnly?)s.Dato, ct),
        ];
        return seneste.Max() is { } sidste ? Maaned.Af(sidste) : null;
    }
}
