using JobcenterTilsyn.Data.Entities;
using JobcenterTilsyn.Domain.Fokusmaal;
using Microsoft.EntityFrameworkCore;

namespace JobcenterTilsyn.Data.Queries;

/// <summary>The one query for stored designations: every reader of a <see cref="Udpegningsraekke"/> comes here.</summary>
public static class UdpegningQuery
{
    /// <summary>By kommunekode, then year (newest first); a null criterion means all.</summary>
    public static async Task<IReadOnlyList<Udpegningsraekke>> HentAsync(TilsynDbContext db, int? aar = null, short? kommunekode = null, CancellationToken ct = default)
    {
        var query = db.Set<UdpegningEntity>().AsNoTracking();
        if (aar is { } a) query = query.Where(u => u.Aar == a);
        if (kommunekode is { } k) query = query.Where(u => u.Kommunekode == k);
        var raekker = await query
            .Join(db.Kommuner, u => u.Kommunekode, x => x.Kommunekode, (u, x) => new { u, x.Navn, x.Region })
            .ToListAsync(ct);
        return [.. raekker
            .Select(r => new Udpegningsraekke(r.u.Kommunekode, r.Navn, r.Region, r.u.Aar, r.u.Kategori, r.u.ResultatKriterie, r.u.IndsatsKriterie,
                new Maaltal(r.u.ATaeller, r.u.ANaevner, r.u.GraenseA), new Maaltal(r.u.BTaeller, r.u.BNaevner, r.u.GraenseB),
                r.u.Rang, r.u.AntalKommuner, r.u.Regelsaet, r.u.Beregnet))
            .OrderBy(u => u.Kommunekode).ThenByDescending(u => u.Aar)];
    }

    /// <summary>Every year with a stored designation, newest first.</summary>
    public static async Task<IReadOnlyList<int>> AarstalAsync(TilsynDbContext db, CancellationToken ct = default) =>
        await db.Set<UdpegningEntity>().AsNoTracking().Select(u => u.Aar).Distinct().OrderByDescending(a => a).ToListAsync(ct);
}
