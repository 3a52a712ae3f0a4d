using JobcenterTilsyn.Data.Entities;
using JobcenterTilsyn.Domain.Benchmark;
using JobcenterTilsyn.Domain.Registre;
using Microsoft.EntityFrameworkCore;

namespace JobcenterTilsyn.Data.Laesemodeller;

/// <summary>
/// One municipality's designation in a year, with its name and the 90 % interval of its `alle` rang (null when not stored);
/// <see cref="ResultatkriterieUsikkert"/> when the result criterion would flip somewhere inside that interval.
/// </summary>
public sealed record Udpegningsraekke(
    short Kommunekode, string Navn, string Region, Udpegningsaar Udpegning, int? RangLav = null, int? RangHoej = null, bool ResultatkriterieUsikkert = false);

/// <summary>
/// A year's designation; <see cref="Aar"/> null when none is stored. <see cref="GraenseRang"/>: the result criterion
/// is met above this rang (rules.md §8).
/// </summary>
public sealed record Udpegningsoversigt(int? Aar, IReadOnlyList<int> Aarstal, IReadOnlyList<Udpegningsraekke> Raekker, int? GraenseRang = null);

/// <summary>Reads a stored designation year in one joined query, and the rang intervals of that year's `alle` benchmark in one more.</summary>
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
        var periode = Maaleperiode.Kalenderaar(y);
        var alle = (short)Omraade.Alle;
        var intervaller = await db.Set<BenchmarkResultatEntity>().AsNoTracking()
            .Where(b => b.PeriodeFra == periode.Fra && b.PeriodeTil == periode.Til && b.Omraade == alle && b.RangLav != null && b.RangHoej != null)
            .ToDictionaryAsync(b => b.Kommunekode, b => new Usikkerhed(b.ResidualLav ?? 0, b.ResidualHoej ?? 0, b.RangLav!.Value, b.RangHoej!.Value), ct);

        // The stored criterion is rang > n − ⌈share·n⌉; read the limit off the stored rows rather than re-deriving the share.
        var medKriterie = raekker.Where(r => r.u.ResultatKriterie).Select(r => r.u.Rang).ToList();
        int? graense = raekker.Count == 0 ? null : medKriterie.Count > 0 ? medKriterie.Min() - 1 : raekker[0].u.AntalKommuner;

        return new Udpegningsoversigt(y, aarstal,
            [.. raekker.OrderBy(r => r.u.Rang).Select(r =>
            {
                var interval = intervaller.GetValueOrDefault(r.u.Kommunekode);
                return new Udpegningsraekke(r.u.Kommunekode, r.Navn, r.Region, Udpegningslaesning.TilAar(r.u),
                    interval?.RangLav, interval?.RangHoej, interval is not null && graense is { } g && interval.KanSkifteResultatkriterie(g));
            })],
            graense);
    }
}
