using Microsoft.EntityFrameworkCore;

namespace JobcenterTilsyn.Data.Tilsynssager;

/// <summary>
/// Server-side drafts of case actions in PostgreSQL, keyed by user and case, shared by every app instance.
/// Last writer wins: a draft is only a copy of what an open page had.
/// </summary>
public sealed class SagskladdeStore(IDbContextFactory<TilsynDbContext> dbFactory)
{
    /// <summary>The draft saved after <paramref name="ikkeFoer"/>, or null.</summary>
    public async Task<SagskladdeEntity?> HentAsync(string bruger, long sagId, DateTimeOffset ikkeFoer, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.Set<SagskladdeEntity>().AsNoTracking()
            .SingleOrDefaultAsync(k => k.Bruger == bruger && k.SagId == sagId && k.Gemt >= ikkeFoer, ct);
    }

    /// <summary>
    /// Saves the fields; the attachments (up to 10 × 10 MB) are only sent when their fingerprint differs from the
    /// stored one, so typing does not rewrite them. <paramref name="bilag"/> is called only then.
    /// </summary>
    public async Task GemAsync(
        string bruger, long sagId, string felter, string bilagNoegle, Func<string> bilag, DateTimeOffset gemt, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var kladder = db.Set<SagskladdeEntity>();
        var opdateret = await kladder
            .Where(k => k.Bruger == bruger && k.SagId == sagId && k.BilagNoegle == bilagNoegle)
            .ExecuteUpdateAsync(s => s.SetProperty(k => k.Felter, felter).SetProperty(k => k.Gemt, gemt), ct);
        if (opdateret > 0) return;
        await db.Database.ExecuteSqlInterpolatedAsync($"""
            INSERT INTO sagskladde (bruger, sag_id, felter, bilag, bilag_noegle, gemt)
            VALUES ({bruger}, {sagId}, {felter}, {bilag()}, {bilagNoegle}, {gemt})
            ON CONFLICT (bruger, sag_id) DO UPDATE
            SET felter = excluded.felter, bilag = excluded.bilag, bilag_noegle = excluded.bilag_noegle, gemt = excluded.gemt
            """, ct);
    }

    public async Task FjernAsync(string bruger, long sagId, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        await db.Set<SagskladdeEntity>().Where(k => k.Bruger == bruger && k.SagId == sagId).ExecuteDeleteAsync(ct);
    }

    /// <summary>Removes drafts last saved before <paramref name="graense"/>; returns how many.</summary>
    public async Task<int> RydAsync(DateTimeOffset graense, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.Set<SagskladdeEntity>().Where(k => k.Gemt < graense).ExecuteDeleteAsync(ct);
    }
}
