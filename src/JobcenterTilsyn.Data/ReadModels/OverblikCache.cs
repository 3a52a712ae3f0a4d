using System.Collections.Concurrent;
using JobcenterTilsyn.Data.Entities;
using JobcenterTilsyn.Domain.Tid;
using Microsoft.EntityFrameworkCore;

namespace JobcenterTilsyn.Data.ReadModels;

/// <summary>
/// One shared, immutable <see cref="Overblik"/> per computation, month and kind of viewer, so that 500 open overview
/// circuits hold 500 references to one object instead of 500 copies of it (docs/performance.md, "Load"). The figures
/// change only when a computation finishes: <see cref="Computation.Beregningskoersel"/> writes every stored result and sets the
/// run's <c>afsluttet</c> in one transaction, so the latest finished run's id is the version of everything the overview
/// reads. Administrators and everyone else are cached apart: the non-administrators' object is built through
/// <c>Diskretion.Oplys</c> and never holds a withheld figure.
/// </summary>
public sealed class OverblikCache
{
    /// <summary>Months × two kinds of viewer kept at most; older months are read again when asked for.</summary>
    private const int MaksPoster = 24;

    private readonly ConcurrentDictionary<Noegle, Lazy<Task<Overblik>>> _poster = new();

    private readonly record struct Noegle(long? Beregning, Maaned? Maaned, bool ErAdministrator);

    /// <param name="maaned">The month to show; null means the latest stored month.</param>
    /// <param name="erAdministrator">Whether the viewer sees every figure; everyone else gets them through Diskretion.</param>
    public async Task<Overblik> HentAsync(IDbContextFactory<TilsynDbContext> dbFactory, Maaned? maaned, bool erAdministrator, CancellationToken ct = default)
    {
        long? beregning;
        await using (var db = await dbFactory.CreateDbContextAsync(ct))
        {
            beregning = await SenesteBeregningAsync(db, ct);
        }
        var noegle = new Noegle(beregning, maaned, erAdministrator);
        if (_poster.TryGetValue(noegle, out var fundet)) return await HentEllerGlemAsync(noegle, fundet);

        // A new computation makes every older entry stale; a full cache starts over (rare: 12 months × 2 kinds of viewer).
        foreach (var gammel in _poster.Keys.Where(k => k.Beregning != beregning)) _poster.TryRemove(gammel, out _);
        if (_poster.Count >= MaksPoster) _poster.Clear();

        var ny = _poster.GetOrAdd(noegle, _ => new Lazy<Task<Overblik>>(async () =>
        {
            // Not the caller's token: the object is shared, and one circuit closing must not fail it for the others.
            await using var db = await dbFactory.CreateDbContextAsync(CancellationToken.None);
            return await OverblikReadModel.HentAsync(db, maaned, erAdministrator, CancellationToken.None);
        }));
        return await HentEllerGlemAsync(noegle, ny);
    }

    /// <summary>A failed read is not kept: the next caller tries again.</summary>
    private async Task<Overblik> HentEllerGlemAsync(Noegle noegle, Lazy<Task<Overblik>> post)
    {
        try
        {
            return await post.Value;
        }
        catch
        {
            _poster.TryRemove(new KeyValuePair<Noegle, Lazy<Task<Overblik>>>(noegle, post));
            throw;
        }
    }

    /// <summary>The id of the latest finished computation run (the version of the stored results); null before the first.</summary>
    public static Task<long?> SenesteBeregningAsync(TilsynDbContext db, CancellationToken ct = default) =>
        db.Set<BeregningEntity>().AsNoTracking().Where(b => b.Afsluttet != null).MaxAsync(b => (long?)b.Id, ct);
}
