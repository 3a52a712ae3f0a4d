using JobcenterTilsyn.Data.Entities;
using JobcenterTilsyn.Domain.Fokusmaal;
using JobcenterTilsyn.Domain.Tid;
using Microsoft.EntityFrameworkCore;

namespace JobcenterTilsyn.Data.Queries;

/// <summary>
/// The one query for national figures: the municipalities' stored counts pooled by the domain rule
/// (<see cref="Maaltal.Pulj"/>), so the overview's footer and the kommune page's "Hele landet" line agree by construction.
/// </summary>
public static class LandstalQuery
{
    /// <param name="maaned">One month, or null for every stored month.</param>
    public static async Task<IReadOnlyList<Landstal>> HentAsync(TilsynDbContext db, Maaned? maaned = null, CancellationToken ct = default)
    {
        var query = db.Set<MaalresultatEntity>().AsNoTracking();
        if (maaned is { } m)
        {
            var foerste = m.Foerste;
            query = query.Where(r => r.Maaned == foerste);
        }
        var raekker = await query.Select(r => new { r.Maaned, r.Maal, r.Taeller, r.Naevner, r.Graense }).ToListAsync(ct);
        return [.. raekker
            .GroupBy(r => (r.Maaned, r.Maal))
            .Select(g => new Landstal(Maaned.Af(g.Key.Maaned), (Maal)g.Key.Maal,
                Maaltal.Pulj(g.Select(r => new Maaltal(r.Taeller, r.Naevner, r.Graense)), g.Select(r => r.Graense).FirstOrDefault(x => x is not null))))
            .OrderBy(l => l.Maaned).ThenBy(l => l.Maal)];
    }
}
