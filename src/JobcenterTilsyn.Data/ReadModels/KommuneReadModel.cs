using JobcenterTilsyn.Data.Entities;
using JobcenterTilsyn.Data.Queries;
using JobcenterTilsyn.Domain.Adgang;
using JobcenterTilsyn.Domain.Benchmark;
using JobcenterTilsyn.Domain.Fokusmaal;
using JobcenterTilsyn.Domain.Registre;
using JobcenterTilsyn.Domain.Tid;
using Microsoft.EntityFrameworkCore;

namespace JobcenterTilsyn.Data.ReadModels;

/// <summary>One month of one goal for a municipality beside the national figure, as disclosed to the viewer.</summary>
public sealed record Maalpunkt(Maaned Maaned, Maal Maal, OplystMaaltal Kommune, OplystMaaltal Landet, string Regelsaet);

/// <summary>One coming month's outlook of goal A or B (rules.md §11) as disclosed to the viewer, with the threshold it is measured against.</summary>
public sealed record Udsigtspunkt(Maaned Statusmaaned, Maaned Maaned, Maal Maal, OplystUdsigt Tal, double Graense);

/// <summary>A goal pooled over the stored months of one year (rules.md §8), for the municipality and the country.</summary>
public sealed record Aarstal(int Aar, Maal Maal, OplystMaaltal Kommune, OplystMaaltal Landet);

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
    public double PotentialePersoner => Potentiale.Personer(Residual, Befolkning);
}

/// <summary>A peer to learn from, with its figures in the same year.</summary>
public sealed record Laeringskommune(short Kommunekode, string Navn, double FaktiskAndel, double ForventetAndel, double Residual, int Rang);

/// <summary>A stored annual designation (rules.md §8) with A and B as disclosed to the viewer.</summary>
public sealed record Udpegningsaar(
    int Aar,
    string Kategori,
    bool ResultatKriterie,
    bool IndsatsKriterie,
    OplystMaaltal A,
    OplystMaaltal B,
    int Rang,
    int AntalKommuner,
    string Regelsaet)
{
    public static Udpegningsaar Fra(Udpegningsraekke u, bool erAdministrator) => new(
        u.Aar, u.Kategori, u.ResultatKriterie, u.IndsatsKriterie,
        Diskretion.Oplys(u.A, erAdministrator), Diskretion.Oplys(u.B, erAdministrator), u.Rang, u.AntalKommuner, u.Regelsaet);
}

/// <summary>Everything the municipality page and its printable report show, every count already through <see cref="Diskretion"/>.</summary>
public sealed record Kommuneprofil(
    short Kommunekode,
    string Navn,
    string Region,
    int Indbyggere,
    IReadOnlyList<Maalpunkt> Maalserier,
    IReadOnlyList<Aarstal> Aarstal,
    IReadOnlyList<Benchmarkaar> Benchmark,
    IReadOnlyList<Laeringskommune> LaerAf,
    IReadOnlyList<Udpegningsaar> Udpegninger,
    IReadOnlyList<Udsigtspunkt>? Udsigt = null)
{
    public Benchmarkaar? SenesteBenchmark => Benchmark.Count > 0 ? Benchmark[^1] : null;

    /// <summary>The goal pooled over the stored months of <paramref name="aar"/>; null when none is stored.</summary>
    public Aarstal? AarstalFor(Maal maal, int aar) => Aarstal.FirstOrDefault(a => a.Maal == maal && a.Aar == aar);
}

/// <summary>Reads one municipality's profile from the figure queries.</summary>
public static class KommuneReadModel
{
    /// <returns>Null when <paramref name="kommunekode"/> is no municipality.</returns>
    public static async Task<Kommuneprofil?> HentAsync(TilsynDbContext db, short kommunekode, bool erAdministrator, CancellationToken ct = default)
    {
        var kommune = await db.Kommuner.AsNoTracking().SingleOrDefaultAsync(k => k.Kommunekode == kommunekode, ct);
        if (kommune is null) return null;

        var egne = await MaalQuery.SerieAsync(db, kommunekode, ct);
        var landet = (await LandstalQuery.HentAsync(db, ct: ct)).ToDictionary(l => (l.Maaned, l.Maal), l => l.Tal);
        var serier = egne
            .OrderBy(m => m.Maal).ThenBy(m => m.Maaned)
            .Select(m => new Maalpunkt(m.Maaned, m.Maal,
                Diskretion.Oplys(m.Tal, erAdministrator), Diskretion.Oplys(landet[(m.Maaned, m.Maal)], erAdministrator), m.Regelsaet))
            .ToList();
        var aarstal = egne
            .GroupBy(m => (m.Maaned.Aar, m.Maal))
            .Select(g =>
            {
                // The threshold of the year's latest stored month, as the designation takes the rule set in force at the year's end.
                var graense = g.MaxBy(m => m.Maaned)!.Tal.Graense;
                var kommunens = Maaltal.Pulj(g.Select(m => m.Tal), graense);
                var landets = Maaltal.Pulj(g.Select(m => landet[(m.Maaned, m.Maal)]), graense);
                return new Aarstal(g.Key.Aar, g.Key.Maal, Diskretion.Oplys(kommunens, erAdministrator), Diskretion.Oplys(landets, erAdministrator));
            })
            .OrderBy(a => a.Aar).ThenBy(a => a.Maal)
            .ToList();

        var benchmarkRaekker = await BenchmarkQuery.HentAsync(db, new Benchmarkudvalg(Omraade: Omraade.Alle, Kommunekode: kommunekode, KunKalenderaar: true), ct);
        var antal = await AntalKommunerPrKalenderaarAsync(db, ct);
        var benchmark = benchmarkRaekker
            .Select(b => new Benchmarkaar(b.Periode.Til.Year, b.Fuldtidspersoner, b.Befolkning, b.FaktiskAndel, b.ForventetAndel,
                b.Residual, b.Rang, antal.GetValueOrDefault(b.Periode.Til.Year), b.Klynge, b.LaerAf, b.RangLav, b.RangHoej, b.ResidualLav, b.ResidualHoej))
            .ToList();

        IReadOnlyList<Laeringskommune> laerAf = [];
        if (benchmarkRaekker.Count > 0)
        {
            var seneste = benchmarkRaekker[^1];
            var peers = await BenchmarkQuery.HentAsync(db, new Benchmarkudvalg(seneste.Periode, Omraade.Alle), ct);
            laerAf = [.. peers.Where(p => seneste.LaerAf.Contains(p.Kommunekode))
                .Select(p => new Laeringskommune(p.Kommunekode, p.Navn, p.FaktiskAndel, p.ForventetAndel, p.Residual, p.Rang))
                .OrderBy(p => p.Residual)];
        }

        var udpegninger = await UdpegningQuery.HentAsync(db, kommunekode: kommunekode, ct: ct);

        // The outlook as of the latest computed month that has one.
        IReadOnlyList<Udsigtspunkt> udsigt = [];
        var statusmaaneder = await UdsigtQuery.StatusmaanederAsync(db, ct);
        if (statusmaaneder.Count > 0)
        {
            var status = statusmaaneder[0];
            udsigt = [.. (await UdsigtQuery.HentAsync(db, status, kommunekode, ct))
                .Select(u => new Udsigtspunkt(u.Statusmaaned, u.Maaned, u.Maal,
                    Diskretion.Oplys(u.Tal.Naevner, u.Tal.HarTilbud, u.Tal.UdenTilbud, u.Tal.Noedvendige, erAdministrator), u.Tal.Graense))
                .OrderBy(u => u.Maaned).ThenBy(u => u.Maal)];
        }
        return new Kommuneprofil(kommune.Kommunekode, kommune.Navn, kommune.Region, kommune.Indbyggere, serier, aarstal, benchmark, laerAf,
            [.. udpegninger.Select(u => Udpegningsaar.Fra(u, erAdministrator))], udsigt);
    }

    /// <summary>How many municipalities each calendar year's `alle` benchmark ranks.</summary>
    private static async Task<Dictionary<int, int>> AntalKommunerPrKalenderaarAsync(TilsynDbContext db, CancellationToken ct)
    {
        var alle = (short)Omraade.Alle;
        var antal = await db.Set<BenchmarkResultatEntity>().AsNoTracking().KunKalenderaar()
            .Where(b => b.Omraade == alle)
            .GroupBy(b => b.PeriodeTil)
            .Select(g => new { g.Key, Antal = g.Count() })
            .ToListAsync(ct);
        return antal.ToDictionary(a => a.Key.Year, a => a.Antal);
    }
}
