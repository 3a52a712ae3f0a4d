using JobcenterTilsyn.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace JobcenterTilsyn.Data.Computation;

/// <summary>One computation run as the import page lists it; <see cref="Afsluttet"/> is null while it runs.</summary>
public sealed record TidligereBeregning(
    long Id, string Omfang, DateTimeOffset Startet, DateTimeOffset? Afsluttet, string StartetAf, long PersonerLaest, string? Fejl);

/// <summary>The stored computation runs (written by <see cref="Beregningskoersel"/>).</summary>
public static class Beregningshistorik
{
    /// <summary>The <paramref name="antal"/> latest runs, newest first.</summary>
    public static async Task<IReadOnlyList<TidligereBeregning>> SenesteAsync(TilsynDbContext db, int antal, CancellationToken ct = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(antal);
        return await db.Set<BeregningEntity>().AsNoTracking()
            .OrderByDescending(b => b.Id)
            .Take(antal)
            .Select(b => new TidligereBeregning(b.Id, b.Omfang, b.Startet, b.Afsluttet, b.StartetAf, b.PersonerLaest, b.Fejl))
            .ToListAsync(ct);
    }
}
