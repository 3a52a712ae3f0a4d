using JobcenterTilsyn.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace JobcenterTilsyn.Data.Laesemodeller;

/// <summary>One municipality's designation in a year, with its name.</summary>
public sealed record Udpegningsraekke(short Kommunekode, string Navn, string Region, Udpegningsaar Udpegning);

/// <summary>A year's designation; <see cref="Aar"/> null when none is stored.</summary>
public sealed record Udpegningsoversigt(int? Aar, IReadOnlyList<int> Aarstal, IReadOnlyList<Udpegningsraekke> Raekker);

/// <summary>Reads a stored designation year in one joined query.</summary>
public static class UdpegningLaesemodel
{
    /// <param name="aar">The year; null means the latest stored.</param>
    public static async Task<Udpegningsoversigt> HentAsync(TilsynDbContext db, int? aar, CancellationToken ct = default)
    {
        var aarstal = await db.Set<UdpegningEntity>().AsNoTracking()
            .Select(u => u.Aar).Distinct().OrderByDescending(a => a).ToListAsync(ct);
        var valgt = aar ?? (aarstal.Count > 0 ? aarstal[0] : null);
        if (valgt is not { } y) return new Udpegningsoversigt(null, aarstal, []);

        var raekker = await db.Set<UdpegningEntity>().AsNoTracking()
            .Where(u => u.Aar == y)
            .Join(db.Kommuner, u => u.Kommunekode, k => k.Kommunekode, (u, k) => new { u, k.Navn, k.Region })
            .ToListAsync(ct);
        return new Udpegningsoversigt(y, aarstal,
            [.. raekker.OrderBy(r => r.u.Rang).Select(r => new Udpegningsraekke(r.u.Kommunekode, r.Navn, r.Region, Udpegningslaesning.TilAar(r.u)))]);
    }
}
