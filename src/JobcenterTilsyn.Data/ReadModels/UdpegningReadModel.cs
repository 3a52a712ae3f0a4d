using JobcenterTilsyn.Data.Queries;
using JobcenterTilsyn.Domain.Benchmark;
using JobcenterTilsyn.Domain.Registre;

namespace JobcenterTilsyn.Data.ReadModels;

/// <summary>
/// One municipality's designation in a year, with its name and the 90 % interval of its `alle` rang (null when not stored);
/// <see cref="ResultatkriterieUsikkert"/> when the result criterion would flip somewhere inside that interval.
/// </summary>
public sealed record Udpegningsposition(
    short Kommunekode, string Navn, string Region, Udpegningsaar Udpegning, int? RangLav = null, int? RangHoej = null, bool ResultatkriterieUsikkert = false);

/// <summary>
/// A year's designation; <see cref="Aar"/> null when none is stored. <see cref="GraenseRang"/>: the result criterion
/// is met above this rang (rules.md §8).
/// </summary>
public sealed record Udpegningsoversigt(int? Aar, IReadOnlyList<int> Aarstal, IReadOnlyList<Udpegningsposition> Raekker, int? GraenseRang = null);

/// <summary>A year's designation from <see cref="UdpegningQuery"/>, with the rang intervals of that year's `alle` benchmark from <see cref="BenchmarkQuery"/>.</summary>
public static class UdpegningReadModel
{
    /// <param name="aar">The year; null means the latest stored.</param>
    public static async Task<Udpegningsoversigt> HentAsync(TilsynDbContext db, int? aar, bool erAdministrator, CancellationToken ct = default)
    {
        var aarstal = await UdpegningQuery.AarstalAsync(db, ct);
        var valgt = aar ?? (aarstal.Count > 0 ? aarstal[0] : null);
        if (valgt is not { } y) return new Udpegningsoversigt(null, aarstal, []);

        var raekker = await UdpegningQuery.HentAsync(db, y, ct: ct);
        var intervaller = (await BenchmarkQuery.HentAsync(db, new Benchmarkudvalg(Maaleperiode.Kalenderaar(y), Omraade.Alle), ct))
            .Where(b => b.RangLav is not null && b.RangHoej is not null)
            .ToDictionary(b => b.Kommunekode, b => new Usikkerhed(b.ResidualLav ?? 0, b.ResidualHoej ?? 0, b.RangLav!.Value, b.RangHoej!.Value));

        // The stored criterion is rang > n − ⌈share·n⌉; read the limit off the stored rows rather than re-deriving the share.
        var medKriterie = raekker.Where(r => r.ResultatKriterie).Select(r => r.Rang).ToList();
        int? graense = raekker.Count == 0 ? null : medKriterie.Count > 0 ? medKriterie.Min() - 1 : raekker[0].AntalKommuner;

        return new Udpegningsoversigt(y, aarstal,
            [.. raekker.OrderBy(r => r.Rang).Select(r =>
            {
                var interval = intervaller.GetValueOrDefault(r.Kommunekode);
                return new Udpegningsposition(r.Kommunekode, r.Navn, r.Region, Udpegningsaar.Fra(r, erAdministrator),
                    interval?.RangLav, interval?.RangHoej, interval is not null && graense is { } g && interval.KanSkifteResultatkriterie(g));
            })],
            graense);
    }
}
