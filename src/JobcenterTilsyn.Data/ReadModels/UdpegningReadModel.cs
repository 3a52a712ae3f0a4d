using JobcenterTilsyn.Data.Queries;
using JobcenterTilsyn.Data.Tilsynssager;
using JobcenterTilsyn.Domain.Benchmark;
using JobcenterTilsyn.Domain.Registre;

namespace JobcenterTilsyn.Data.ReadModels;

/// <summary>
/// One municipality's designation in a year, with its name and the 90 % interval of its `alle` rang (null when not stored);
/// <see cref="ResultatkriterieUsikkert"/> when the result criterion would flip somewhere inside that interval;
/// <see cref="AabenSag"/> the id of the municipality's open supervision case, if any (for administrators' actions).
/// </summary>
public sealed record Udpegningsposition(
    short Kommunekode, string Navn, string Region, Udpegningsaar Udpegning, int? RangLav = null, int? RangHoej = null, bool ResultatkriterieUsikkert = false,
    long? AabenSag = null);

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
        var positioner = await PositionerAsync(db, Maaleperiode.Kalenderaar(y),
            [.. raekker.Select(r => (r.Kommunekode, r.Navn, r.Region, Udpegningsaar.Fra(r, erAdministrator)))], ct);
        return new Udpegningsoversigt(y, aarstal, positioner, GraenseRang(positioner));
    }

    /// <summary>
    /// The stored criterion is rang > n − ⌈share·n⌉; the limit is read off the rows rather than re-deriving the share:
    /// one below the best rang that meets it, else n.
    /// </summary>
    public static int? GraenseRang(IReadOnlyList<Udpegningsposition> raekker)
    {
        if (raekker.Count == 0) return null;
        var medKriterie = raekker.Where(r => r.Udpegning.ResultatKriterie).Select(r => r.Udpegning.Rang).ToList();
        return medKriterie.Count > 0 ? medKriterie.Min() - 1 : raekker[0].Udpegning.AntalKommuner;
    }

    /// <summary>
    /// Designations (stored or forecast) by rang, with the 90 % rang interval of <paramref name="periode"/>'s `alle`
    /// benchmark and each municipality's open case.
    /// </summary>
    internal static async Task<IReadOnlyList<Udpegningsposition>> PositionerAsync(
        TilsynDbContext db, Maaleperiode periode, IReadOnlyList<(short Kommunekode, string Navn, string Region, Udpegningsaar Udpegning)> raekker, CancellationToken ct)
    {
        var intervaller = (await BenchmarkQuery.HentAsync(db, new Benchmarkudvalg(periode, Omraade.Alle), ct))
            .Where(b => b.RangLav is not null && b.RangHoej is not null)
            .ToDictionary(b => b.Kommunekode, b => new Usikkerhed(b.ResidualLav ?? 0, b.ResidualHoej ?? 0, b.RangLav!.Value, b.RangHoej!.Value));
        var aabne = (await TilsynssagStore.ListAsync(db, ct: ct)).Where(s => s.Sag.ErAaben)
            .GroupBy(s => s.Sag.Kommunekode).ToDictionary(g => g.Key, g => g.First().Id);
        var foreloebige = raekker.Select(r => new Udpegningsposition(r.Kommunekode, r.Navn, r.Region, r.Udpegning)).ToList();
        var graense = GraenseRang(foreloebige);
        return [.. foreloebige.OrderBy(r => r.Udpegning.Rang).ThenBy(r => r.Kommunekode).Select(r =>
        {
            var interval = intervaller.GetValueOrDefault(r.Kommunekode);
            return r with
            {
                RangLav = interval?.RangLav,
                RangHoej = interval?.RangHoej,
                ResultatkriterieUsikkert = interval is not null && graense is { } g && interval.KanSkifteResultatkriterie(g),
                AabenSag = aabne.TryGetValue(r.Kommunekode, out var id) ? id : null,
            };
        })];
    }
}
