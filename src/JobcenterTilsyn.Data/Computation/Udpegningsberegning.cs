using JobcenterTilsyn.Domain.Benchmark;
using JobcenterTilsyn.Domain.Fokusmaal;
using JobcenterTilsyn.Domain.Maaling;
using JobcenterTilsyn.Domain.Registre;
using JobcenterTilsyn.Domain.Regler;
using JobcenterTilsyn.Domain.Udpegning;

namespace JobcenterTilsyn.Data.Computation;

/// <summary>
/// Puts together what the annual designation (rules.md §8) needs: A and B pooled over the year's 12 monthly
/// results (each month under its own rule set), the `alle` benchmark rang, and the thresholds and result
/// share of the rule set in force on 31 December.
/// </summary>
public static class Udpegningsberegning
{
    public static Aarsudpegningsresultat Beregn(
        int aar, IEnumerable<Maalresultat> maanedsresultater, Benchmarkresultat alle, Regelsaetkatalog katalog, IReadOnlySet<short> kommunerMedAabenSag)
    {
        if (alle.Omraade != Omraade.Alle) throw new ArgumentException("The designation uses the `alle` benchmark.", nameof(alle));
        var aaret = maanedsresultater.Where(r => r.Maaned.Aar == aar).ToList();
        var maaneder = aaret.Select(r => r.Maaned).Distinct().Count();
        if (maaneder != 12)
            throw new InvalidOperationException($"The designation of {aar} pools 12 monthly results, but {maaneder} month(s) are stored.");

        // The year's figure of each goal: the monthly figures pooled by the domain rule (each month under its own rule set).
        var pulje = aaret
            .GroupBy(r => (r.Kommunekode, r.Maal))
            .ToDictionary(g => g.Key, g => Maaltal.Pulj(g.Select(r => r.Tal), graense: null));
        Maaltal Puljet(short kode, Maal maal) => pulje.TryGetValue((kode, maal), out var v) ? v : new Maaltal(0, 0, null);

        var grundlag = alle.Positioner.Select(p =>
        {
            var a = Puljet(p.Kommunekode, Maal.ATilbud12m);
            var b = Puljet(p.Kommunekode, Maal.BTidligIndsats);
            return new Udpegningsgrundlag(p.Kommunekode, a.Taeller, a.Naevner, b.Taeller, b.Naevner, p.Rang);
        }).ToList();

        var regelsaet = katalog.IKraftForAar(aar);
        var resultater = Aarsudpegning.Beregn(grundlag, regelsaet.GraenseA, regelsaet.GraenseB, regelsaet.ResultatAndel, kommunerMedAabenSag);
        return new Aarsudpegningsresultat(aar, regelsaet, grundlag, resultater);
    }
}
