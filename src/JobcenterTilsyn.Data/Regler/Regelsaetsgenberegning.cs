using JobcenterTilsyn.Data.Entities;
using JobcenterTilsyn.Domain.Tid;
using Microsoft.EntityFrameworkCore;

namespace JobcenterTilsyn.Data.Regler;

/// <summary>
/// Which stored months a new rule set changes, so they can be recomputed: every stored month from the one holding its
/// first day, started at that year's January when the year's designation is stored too (the designation uses the rule
/// set in force on 31 December, and the computation recomputes only whole years' designations).
/// </summary>
public static class Regelsaetsgenberegning
{
    /// <summary>The months to recompute for a rule set in force from <paramref name="gyldigFra"/>; null when no stored month is affected.</summary>
    public static async Task<(Maaned Fra, Maaned Til)?> OmfangAsync(TilsynDbContext db, DateOnly gyldigFra, CancellationToken ct = default)
    {
        var maaneder = db.Set<MaalresultatEntity>().AsNoTracking().Select(m => m.Maaned);
        if (!await maaneder.AnyAsync(ct)) return null;
        var foerste = Maaned.Af(await maaneder.MinAsync(ct));
        var sidste = Maaned.Af(await maaneder.MaxAsync(ct));
        // A month uses the rule set in force on its last day, so the month holding gyldigFra is the first one affected.
        var fraMaaned = Maaned.Af(gyldigFra);
        if (sidste < fraMaaned) return null;
        var fra = new Maaned(fraMaaned.Aar, 1);
        if (fra < foerste) fra = foerste;
        return (fra, sidste);
    }
}
