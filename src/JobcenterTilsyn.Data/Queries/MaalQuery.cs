using JobcenterTilsyn.Data.Entities;
using JobcenterTilsyn.Domain.Fokusmaal;
using JobcenterTilsyn.Domain.Tid;
using Microsoft.EntityFrameworkCore;

namespace JobcenterTilsyn.Data.Queries;

/// <summary>The one query for stored focus goals and indicators: every reader of a <see cref="Maalraekke"/> comes here.</summary>
public static class MaalQuery
{
    /// <summary>
    /// The month's figures in the contract's order (kommunekode, then the goal's code ordinally); empty when the
    /// month is not computed. <paramref name="kommunekode"/> narrows to one municipality.
    /// </summary>
    public static async Task<IReadOnlyList<Maalraekke>> HentAsync(TilsynDbContext db, Maaned maaned, short? kommunekode = null, CancellationToken ct = default)
    {
        var foerste = maaned.Foerste;
        var query = db.Set<MaalresultatEntity>().AsNoTracking().Where(m => m.Maaned == foerste);
        if (kommunekode is { } k) query = query.Where(m => m.Kommunekode == k);
        var raekker = await query
            .Join(db.Kommuner, m => m.Kommunekode, x => x.Kommunekode, (m, x) => new { m, x.Navn })
            .ToListAsync(ct);
        return [.. raekker
            .Select(r => new Maalraekke(r.m.Kommunekode, r.Navn, maaned, (Maal)r.m.Maal, new Maaltal(r.m.Taeller, r.m.Naevner, r.m.Graense), r.m.Regelsaet, r.m.Beregnet))
            .OrderBy(r => r.Kommunekode).ThenBy(r => r.Maal.Kode(), StringComparer.Ordinal)];
    }

    /// <summary>One municipality's figures over every stored month, oldest first.</summary>
    public static async Task<IReadOnlyList<Maalraekke>> SerieAsync(TilsynDbContext db, short kommunekode, CancellationToken ct = default)
    {
        var raekker = await db.Set<MaalresultatEntity>().AsNoTracking()
            .Where(m => m.Kommunekode == kommunekode)
            .Join(db.Kommuner, m => m.Kommunekode, x => x.Kommunekode, (m, x) => new { m, x.Navn })
            .ToListAsync(ct);
        return [.. raekker
            .Select(r => new Maalraekke(r.m.Kommunekode, r.Navn, Maaned.Af(r.m.Maaned), (Maal)r.m.Maal, new Maaltal(r.m.Taeller, r.m.Naevner, r.m.Graense), r.m.Regelsaet, r.m.Beregnet))
            .OrderBy(r => r.Maaned).ThenBy(r => r.Maal.Kode(), StringComparer.Ordinal)];
    }

    /// <summary>Every computed month, newest first.</summary>
    public static async Task<IReadOnlyList<Maaned>> MaanederAsync(TilsynDbContext db, CancellationToken ct = default)
    {
        var dage = await db.Set<MaalresultatEntity>().AsNoTracking()
            .Select(m => m.Maaned).Distinct().OrderByDescending(d => d).ToListAsync(ct);
        return [.. dage.Select(Maaned.Af)];
    }
}
