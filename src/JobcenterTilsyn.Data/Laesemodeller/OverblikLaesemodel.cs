using JobcenterTilsyn.Data.Entities;
using JobcenterTilsyn.Domain.Fokusmaal;
using JobcenterTilsyn.Domain.Registre;
using JobcenterTilsyn.Domain.Tid;
using Microsoft.EntityFrameworkCore;

namespace JobcenterTilsyn.Data.Laesemodeller;

/// <summary>One municipality's line in the overview: the month's four goals, the year's benchmark and designation.</summary>
public sealed record OverblikRaekke(
    short Kommunekode,
    string Navn,
    string Region,
    Maaltal? A,
    Maaltal? B,
    Maaltal? C,
    Maaltal? D,
    double? Residual,
    int? Rang,
    int? Klynge,
    string? Kategori)
{
    public Maaltal? Tal(Maal maal) => maal switch
    {
        Maal.ATilbud12m => A,
        Maal.BTidligIndsats => B,
        Maal.CUdenIndsatsAktivitetsparat => C,
        Maal.DSamtale3m => D,
        _ => null,
    };

    /// <summary>A goal with a threshold is below it (an empty denominator does not fail).</summary>
    public bool UnderGraense => MaalKoder.Alle.Any(m => Tal(m)?.Opfyldt == false);
}

/// <summary>
/// The overview of one month. <see cref="BenchmarkAar"/> is the calendar year whose <c>alle</c> benchmark is shown
/// (the month's year or the latest stored before it); <see cref="UdpegningAar"/> is set when that year's designation is stored.
/// </summary>
public sealed record Overblik(
    Maaned? Maaned,
    IReadOnlyList<Maaned> Maaneder,
    int? BenchmarkAar,
    int? UdpegningAar,
    IReadOnlyList<OverblikRaekke> Raekker);

/// <summary>Reads the overview from the stored results: a handful of set-based queries, none per municipality.</summary>
public static class OverblikLaesemodel
{
    /// <param name="maaned">The month to show; null means the latest stored month.</param>
    public static async Task<Overblik> HentAsync(TilsynDbContext db, Maaned? maaned, CancellationToken ct = default)
    {
        var maanedsdage = await db.Set<MaalresultatEntity>().AsNoTracking()
            .Select(m => m.Maaned).Distinct().OrderByDescending(d => d).ToListAsync(ct);
        var maaneder = maanedsdage.Select(Maaned.Af).ToList();
        var valgt = maaned ?? (maaneder.Count > 0 ? maaneder[0] : null);

        var kommuner = await db.Kommuner.AsNoTracking().OrderBy(k => k.Kommunekode).ToListAsync(ct);
        if (valgt is not { } m)
        {
            return new Overblik(null, maaneder, null, null,
                [.. kommuner.Select(k => new OverblikRaekke(k.Kommunekode, k.Navn, k.Region, null, null, null, null, null, null, null, null))]);
        }

        var foerste = m.Foerste;
        var maal = await db.Set<MaalresultatEntity>().AsNoTracking()
            .Where(r => r.Maaned == foerste)
            .Select(r => new { r.Kommunekode, r.Maal, r.Taeller, r.Naevner, r.Graense })
            .ToListAsync(ct);
        var tal = maal.ToDictionary(r => (r.Kommunekode, (Maal)r.Maal), r => new Maaltal(r.Taeller, r.Naevner, r.Graense));

        var alle = (short)Omraade.Alle;
        var aarFoer = new DateOnly(m.Aar, 12, 31);
        var benchmarkTil = await db.Set<BenchmarkResultatEntity>().AsNoTracking().KunKalenderaar()
            .Where(b => b.Omraade == alle && b.PeriodeTil <= aarFoer)
            .MaxAsync(b => (DateOnly?)b.PeriodeTil, ct);
        var benchmark = benchmarkTil is { } til
            ? await db.Set<BenchmarkResultatEntity>().AsNoTracking().KunKalenderaar()
                .Where(b => b.Omraade == alle && b.PeriodeTil == til)
                .Select(b => new { b.Kommunekode, b.Residual, b.Rang, b.Klynge })
                .ToDictionaryAsync(b => b.Kommunekode, ct)
            : [];

        var udpegning = await db.Set<UdpegningEntity>().AsNoTracking()
            .Where(u => u.Aar == m.Aar)
            .Select(u => new { u.Kommunekode, u.Kategori })
            .ToDictionaryAsync(u => u.Kommunekode, u => u.Kategori, ct);

        var raekker = kommuner.Select(k =>
        {
            var b = benchmark.GetValueOrDefault(k.Kommunekode);
            return new OverblikRaekke(
                k.Kommunekode, k.Navn, k.Region,
                tal.GetValueOrDefault((k.Kommunekode, Maal.ATilbud12m)),
                tal.GetValueOrDefault((k.Kommunekode, Maal.BTidligIndsats)),
                tal.GetValueOrDefault((k.Kommunekode, Maal.CUdenIndsatsAktivitetsparat)),
                tal.GetValueOrDefault((k.Kommunekode, Maal.DSamtale3m)),
                b?.Residual, b?.Rang, b?.Klynge,
                udpegning.GetValueOrDefault(k.Kommunekode));
        }).ToList();

        return new Overblik(m, maaneder, benchmarkTil?.Year, udpegning.Count > 0 ? m.Aar : null, raekker);
    }
}
