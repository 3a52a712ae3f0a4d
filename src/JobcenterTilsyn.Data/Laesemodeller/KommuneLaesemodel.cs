using JobcenterTilsyn.Data.Entities;
using JobcenterTilsyn.Domain.Fokusmaal;
using JobcenterTilsyn.Domain.Registre;
using JobcenterTilsyn.Domain.Tid;
using Microsoft.EntityFrameworkCore;

namespace JobcenterTilsyn.Data.Laesemodeller;

/// <summary>One month of one goal for a municipality, beside the national value (sum of numerators ÷ sum of denominators).</summary>
public sealed record Maalpunkt(Maaned Maaned, Maal Maal, Maaltal Kommune, Maaltal Landet);

/// <summary>A municipality's benchmark position (område <c>alle</c>) in one calendar year, with its 90 % intervals when stored.</summary>
public sealed record Benchmarkaar(
    int Aar,
    double Fuldtidspersoner,
    double Befolkning,
    double FaktiskAndel,
    double ForventetAndel,
    double Residual,
    int Rang,
    int AntalKommuner,
    int Klynge,
    IReadOnlyList<short> LaerAf,
    int? RangLav = null,
    int? RangHoej = null,
    double? ResidualLav = null,
    double? ResidualHoej = null)
{
    /// <summary>(faktisk − forventet) × befolkning (rules.md §5): fuldtidspersoner above (positive) or below expectation.</summary>
    public double PotentialePersoner => Residual * Befolkning;
}

/// <summary>A peer to learn from, with its figures in the same year.</summary>
public sealed record Laeringskommune(short Kommunekode, string Navn, double FaktiskAndel, double ForventetAndel, double Residual, int Rang);

/// <summary>A stored annual designation (rules.md §8).</summary>
public sealed record Udpegningsaar(
    int Aar,
    string Kategori,
    bool ResultatKriterie,
    bool IndsatsKriterie,
    Maaltal A,
    Maaltal B,
    int Rang,
    int AntalKommuner,
    string Regelsaet);

/// <summary>Everything the municipality page and its printable report show.</summary>
public sealed record Kommuneprofil(
    short Kommunekode,
    string Navn,
    string Region,
    int Indbyggere,
    IReadOnlyList<Maalpunkt> Maalserier,
    IReadOnlyList<Benchmarkaar> Benchmark,
    IReadOnlyList<Laeringskommune> LaerAf,
    IReadOnlyList<Udpegningsaar> Udpegninger)
{
    public Benchmarkaar? SenesteBenchmark => Benchmark.Count > 0 ? Benchmark[^1] : null;

    /// <summary>The goal pooled over the stored months of one year, for the municipality and for the country.</summary>
    public (Maaltal Kommune, Maaltal Landet)? Aarstal(Maal maal, int aar)
    {
        var punkter = Maalserier.Where(p => p.Maal == maal && p.Maaned.Aar == aar).ToList();
        if (punkter.Count == 0) return null;
        var graense = punkter.MaxBy(p => p.Maaned)!.Kommune.Graense;
        return (Maaltal.Sum(punkter.Select(p => p.Kommune), graense), Maaltal.Sum(punkter.Select(p => p.Landet), graense));
    }
}

/// <summary>Reads one municipality's profile: its own rows plus one grouped query for the national values.</summary>
public static class KommuneLaesemodel
{
    /// <returns>Null when <paramref name="kommunekode"/> is no municipality.</returns>
    public static async Task<Kommuneprofil?> HentAsync(TilsynDbContext db, short kommunekode, CancellationToken ct = default)
    {
        var kommune = await db.Kommuner.AsNoTracking().SingleOrDefaultAsync(k => k.Kommunekode == kommunekode, ct);
        if (kommune is null) return null;

        var egne = await db.Set<MaalresultatEntity>().AsNoTracking()
            .Where(m => m.Kommunekode == kommunekode)
            .Select(m => new { m.Maaned, m.Maal, m.Taeller, m.Naevner, m.Graense })
            .ToListAsync(ct);
        var landet = await db.Set<MaalresultatEntity>().AsNoTracking()
            .GroupBy(m => new { m.Maaned, m.Maal })
            .Select(g => new { g.Key.Maaned, g.Key.Maal, Taeller = g.Sum(m => m.Taeller), Naevner = g.Sum(m => m.Naevner) })
            .ToDictionaryAsync(g => (g.Maaned, g.Maal), ct);
        var serier = egne
            .OrderBy(m => m.Maal).ThenBy(m => m.Maaned)
            .Select(m =>
            {
                var l = landet[(m.Maaned, m.Maal)];
                return new Maalpunkt(Maaned.Af(m.Maaned), (Maal)m.Maal,
                    new Maaltal(m.Taeller, m.Naevner, m.Graense), new Maaltal(l.Taeller, l.Naevner, m.Graense));
            })
            .ToList();

        var alle = (short)Omraade.Alle;
        var benchmarkRaekker = await db.Set<BenchmarkResultatEntity>().AsNoTracking().KunKalenderaar()
            .Where(b => b.Omraade == alle && b.Kommunekode == kommunekode)
            .OrderBy(b => b.PeriodeTil)
            .Select(b => new
            {
                b.PeriodeTil, b.Fuldtidspersoner, b.Befolkning, b.FaktiskAndel, b.ForventetAndel, b.Residual, b.Rang, b.Klynge, b.LaerAf,
                b.RangLav, b.RangHoej, b.ResidualLav, b.ResidualHoej,
                Antal = db.Set<BenchmarkResultatEntity>().Count(o => o.Omraade == alle && o.PeriodeFra == b.PeriodeFra && o.PeriodeTil == b.PeriodeTil),
            })
            .ToListAsync(ct);
        var benchmark = benchmarkRaekker
            .Select(b => new Benchmarkaar(b.PeriodeTil.Year, b.Fuldtidspersoner, b.Befolkning, b.FaktiskAndel, b.ForventetAndel,
                b.Residual, b.Rang, b.Antal, b.Klynge, b.LaerAf, b.RangLav, b.RangHoej, b.ResidualLav, b.ResidualHoej))
            .ToList();

        IReadOnlyList<Laeringskommune> laerAf = [];
        if (benchmarkRaekker.Count > 0)
        {
            var seneste = benchmarkRaekker[^1];
            var koder = seneste.LaerAf;
            var peers = await db.Set<BenchmarkResultatEntity>().AsNoTracking()
                .Where(b => b.Omraade == alle && b.PeriodeTil == seneste.PeriodeTil && b.PeriodeFra == new DateOnly(seneste.PeriodeTil.Year, 1, 1)
                    && koder.Contains(b.Kommunekode))
                .Join(db.Kommuner, b => b.Kommunekode, k => k.Kommunekode,
                    (b, k) => new Laeringskommune(b.Kommunekode, k.Navn, b.FaktiskAndel, b.ForventetAndel, b.Residual, b.Rang))
                .ToListAsync(ct);
            laerAf = [.. peers.OrderBy(p => p.Residual)];
        }

        var udpegninger = await db.Set<UdpegningEntity>().AsNoTracking()
            .Where(u => u.Kommunekode == kommunekode)
            .OrderByDescending(u => u.Aar)
            .ToListAsync(ct);

        return new Kommuneprofil(kommune.Kommunekode, kommune.Navn, kommune.Region, kommune.Indbyggere, serier, benchmark, laerAf,
            [.. udpegninger.Select(Udpegningslaesning.TilAar)]);
    }
}

internal static class Udpegningslaesning
{
    public static Udpegningsaar TilAar(UdpegningEntity u) => new(
        u.Aar, u.Kategori, u.ResultatKriterie, u.IndsatsKriterie,
        new Maaltal(u.ATaeller, u.ANaevner, u.GraenseA), new Maaltal(u.BTaeller, u.BNaevner, u.GraenseB),
        u.Rang, u.AntalKommuner, u.Regelsaet);
}
