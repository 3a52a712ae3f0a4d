using JobcenterTilsyn.Data.Entities;
using JobcenterTilsyn.Domain.Fokusmaal;
using JobcenterTilsyn.Domain.Tid;
using JobcenterTilsyn.Domain.Udsigt;
using Microsoft.EntityFrameworkCore;

namespace JobcenterTilsyn.Data.Queries;

/// <summary>The one query for the stored outlook: every reader of an <see cref="Udsigtsraekke"/> comes here.</summary>
public static class UdsigtQuery
{
    /// <summary>
    /// The outlook as of <paramref name="statusmaaned"/> in the contract's order (kommunekode, goal code ordinally,
    /// month); empty when that month is not computed. <paramref name="kommunekode"/> narrows to one municipality.
    /// </summary>
    public static async Task<IReadOnlyList<Udsigtsraekke>> HentAsync(TilsynDbContext db, Maaned statusmaaned, short? kommunekode = null, CancellationToken ct = default)
    {
        var foerste = statusmaaned.Foerste;
        var query = db.Set<UdsigtEntity>().AsNoTracking().Where(u => u.StatusMaaned == foerste);
        if (kommunekode is { } k) query = query.Where(u => u.Kommunekode == k);
        var raekker = await query
            .Join(db.Kommuner, u => u.Kommunekode, x => x.Kommunekode, (u, x) => new { u, x.Navn })
            .ToListAsync(ct);
        return [.. raekker
            .Select(r => new Udsigtsraekke(r.u.Kommunekode, r.Navn, statusmaaned, Maaned.Af(r.u.Maaned), (Maal)r.u.Maal,
                new Udsigtstal(r.u.Naevner, r.u.HarTilbud, r.u.Graense), r.u.Regelsaet, r.u.Beregnet))
            .OrderBy(r => r.Kommunekode).ThenBy(r => r.Maal.Kode(), StringComparer.Ordinal).ThenBy(r => r.Maaned)];
    }

    /// <summary>Every status month with a stored outlook, newest first.</summary>
    public static async Task<IReadOnlyList<Maaned>> StatusmaanederAsync(TilsynDbContext db, CancellationToken ct = default)
    {
        var dage = await db.Set<UdsigtEntity>().AsNoTracking()
            .Select(u => u.StatusMaaned).Distinct().OrderByDescending(d => d).ToListAsync(ct);
        return [.. dage.Select(Maaned.Af)];
    }
}
