using JobcenterTilsyn.Domain.Fokusmaal;

namespace JobcenterTilsyn.Data.Laesemodeller;

/// <summary>One goal's figure: numerator, denominator and the threshold in force (null for indicators without one).</summary>
public sealed record Maaltal(int Taeller, int Naevner, double? Graense)
{
    /// <summary>taeller ÷ naevner; null when nobody is in the denominator.</summary>
    public double? Andel => Naevner == 0 ? null : (double)Taeller / Naevner;

    /// <summary>Met, not met, or null (no threshold or empty denominator), compared exactly (rules.md).</summary>
    public bool? Opfyldt => Maalopfyldelse.Opfyldt(Taeller, Naevner, Graense);

    public static Maaltal Sum(IEnumerable<Maaltal> tal, double? graense)
    {
        int taeller = 0, naevner = 0;
        foreach (var t in tal)
        {
            taeller += t.Taeller;
            naevner += t.Naevner;
        }
        return new Maaltal(taeller, naevner, graense);
    }
}
