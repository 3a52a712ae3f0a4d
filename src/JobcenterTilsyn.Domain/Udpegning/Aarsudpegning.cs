using JobcenterTilsyn.Domain.Fokusmaal;

namespace JobcenterTilsyn.Domain.Udpegning;

/// <summary>
/// The annual designation (rules.md §8). It is a recommendation: only an administrator opens a case.
/// </summary>
public static class Aarsudpegning
{
    /// <param name="grundlag">Every benchmarked municipality (n = its count).</param>
    /// <param name="graenseA">Threshold A of the rule set in force on 31 December.</param>
    /// <param name="graenseB">Threshold B of that rule set.</param>
    /// <param name="resultatAndel">The share of municipalities with the worst residual that meet the result criterion.</param>
    /// <param name="kommunerMedAabenSag">Municipalities with an open supervision case (for `forbedret`).</param>
    public static IReadOnlyList<Udpegningsresultat> Beregn(
        IReadOnlyList<Udpegningsgrundlag> grundlag, double graenseA, double graenseB, double resultatAndel, IReadOnlySet<short> kommunerMedAabenSag)
    {
        var n = grundlag.Count;
        var graenseRang = n - AntalMedResultatkriterie(n, resultatAndel);
        return grundlag
            .OrderBy(g => g.Kommunekode)
            .Select(g =>
            {
                var resultat = g.Rang > graenseRang;
                var indsats = Fejler(g.ATaeller, g.ANaevner, graenseA) || Fejler(g.BTaeller, g.BNaevner, graenseB);
                return new Udpegningsresultat(g.Kommunekode, Kategori(resultat, indsats, kommunerMedAabenSag.Contains(g.Kommunekode)), resultat, indsats);
            })
            .ToList();
    }

    /// <summary>⌈share·n⌉, in decimal: in doubles 0.07·100 is 7.000000000000001, whose ceiling is 8.</summary>
    public static int AntalMedResultatkriterie(int n, double resultatAndel) =>
        (int)Math.Ceiling((decimal)resultatAndel * n);

    /// <summary>The category of §8, in its order: udpeget, then forbedret, then risikozone, else ingen.</summary>
    public static Udpegningskategori Kategori(bool resultatKriterie, bool indsatsKriterie, bool harAabenSag) =>
        (resultatKriterie, indsatsKriterie) switch
        {
            (true, true) => Udpegningskategori.Udpeget,
            (false, false) when harAabenSag => Udpegningskategori.Forbedret,
            (true, false) or (false, true) => Udpegningskategori.Risikozone,
            _ => Udpegningskategori.Ingen,
        };

    // A goal with an empty denominator does not fail.
    private static bool Fejler(long taeller, long naevner, double graense) =>
        Maalopfyldelse.Opfyldt(taeller, naevner, graense) == false;
}
