using JobcenterTilsyn.Data.Computation;
using JobcenterTilsyn.Data.Export;
using JobcenterTilsyn.Data.Entities;
using JobcenterTilsyn.Data.Regler;
using JobcenterTilsyn.Domain.Fokusmaal;
using JobcenterTilsyn.Domain.Registre;
using JobcenterTilsyn.Domain.Tid;
using JobcenterTilsyn.Domain.Udpegning;
using Microsoft.EntityFrameworkCore;

namespace JobcenterTilsyn.Data.Queries;

/// <summary>
/// The one query for the designation forecast (rules.md §11), computed on request from stored figures: the monthly
/// A and B of Y-01..M0, the `alle` benchmark of the latest period ending on or before M0, the rule set in force on
/// 31 December of Y and the open cases of today. Nothing of it is stored.
/// </summary>
public static class PrognoseQuery
{
    /// <summary>Every municipality of the benchmark, by kommunekode.</summary>
    /// <exception cref="IngenResultaterException">A month of Y-01..M0 is not computed (all such months are named), or no benchmark period ends by M0.</exception>
    public static async Task<IReadOnlyList<Prognoseraekke>> HentAsync(TilsynDbContext db, Maaned statusmaaned, CancellationToken ct = default)
    {
        var maaneder = Udpegningsprognose.Maaneder(statusmaaned);
        var (fra, til) = (maaneder[0].Foerste, statusmaaned.Foerste);
        var a = (short)Maal.ATilbud12m;
        var b = (short)Maal.BTidligIndsats;
        var maanedstal = await db.Set<MaalresultatEntity>().AsNoTracking()
            .Where(m => m.Maaned >= fra && m.Maaned <= til && (m.Maal == a || m.Maal == b))
            .Select(m => new { m.Maaned, m.Kommunekode, m.Maal, m.Taeller, m.Naevner })
            .ToListAsync(ct);
        var mangler = Udpegningsprognose.ManglendeMaaneder(statusmaaned, maanedstal.Select(m => Maaned.Af(m.Maaned)).Distinct());
        if (mangler.Count > 0)
            throw new IngenResultaterException(
                $"The forecast as of {statusmaaned} pools {maaneder[0]}..{statusmaaned}, but these months are not computed: " +
                $"{string.Join(", ", mangler)}. Run `compute --from {mangler[0]} --to {mangler[^1]}` first.");

        var periode = Udpegningsprognose.Benchmarkperiode(statusmaaned, await BenchmarkQuery.PerioderAsync(db, ct))
            ?? throw new IngenResultaterException(
                $"The forecast as of {statusmaaned} needs a benchmark period ending on or before {statusmaaned}, but none is computed: " +
                "run `compute` over a whole calendar year or half-year period first.");
        var benchmark = await BenchmarkQuery.HentAsync(db, new Benchmarkudvalg(Periode: periode, Omraade: Omraade.Alle), ct);

        // The pooled figure of each goal: sums of the monthly numerators and denominators (each month under its own rule set).
        var puljer = maanedstal
            .GroupBy(m => (m.Kommunekode, m.Maal))
            .ToDictionary(g => g.Key, g => (Taeller: g.Sum(m => (long)m.Taeller), Naevner: g.Sum(m => (long)m.Naevner)));
        (long Taeller, long Naevner) Puljet(short kode, short maal) => puljer.TryGetValue((kode, maal), out var v) ? v : (0, 0);
        var grundlag = benchmark.Select(r =>
        {
            var pa = Puljet(r.Kommunekode, a);
            var pb = Puljet(r.Kommunekode, b);
            return new Udpegningsgrundlag(r.Kommunekode, pa.Taeller, pa.Naevner, pb.Taeller, pb.Naevner, r.Rang);
        }).ToList();

        var regelsaet = (await RegelsaetStore.HentKatalogAsync(db, ct)).IKraftForAar(statusmaaned.Aar);
        var aabne = await AabneSager.KommunerAsync(db, ct);
        var navne = benchmark.ToDictionary(r => r.Kommunekode, r => r.Navn);
        var rang = benchmark.ToDictionary(r => r.Kommunekode, r => r.Rang);
        return [.. Udpegningsprognose.Beregn(grundlag, regelsaet, aabne)
            .Select(p => new Prognoseraekke(
                p.Udpegning.Kommunekode, navne[p.Udpegning.Kommunekode], statusmaaned.Aar, statusmaaned, periode,
                p.Udpegning.Kategori, p.Udpegning.ResultatKriterie, p.Udpegning.IndsatsKriterie,
                p.A, p.B, p.ManglerA, p.ManglerB, rang[p.Udpegning.Kommunekode], grundlag.Count, regelsaet.Navn))
            .OrderBy(p => p.Kommunekode)];
    }
}
