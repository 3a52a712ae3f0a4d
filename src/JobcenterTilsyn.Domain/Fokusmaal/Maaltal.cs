namespace JobcenterTilsyn.Domain.Fokusmaal;

/// <summary>
/// One goal's figure as stored: numerator, denominator and the threshold of the rule set in force (null for an
/// indicator without one). Every share, met/not-met and mangler shown anywhere is derived here, from the counts.
/// </summary>
public sealed record Maaltal(int Taeller, int Naevner, double? Graense)
{
    /// <summary>taeller ÷ naevner, unrounded; null when nobody is in the denominator.</summary>
    public double? Andel => Naevner == 0 ? null : (double)Taeller / Naevner;

    /// <summary>Met, not met, or null (no threshold or empty denominator), compared exactly.</summary>
    public bool? Opfyldt => Maalopfyldelse.Opfyldt(Taeller, Naevner, Graense);

    /// <summary>The distance to the goal (rules.md §11); null without a threshold or with an empty denominator.</summary>
    public int? Mangler => Fokusmaal.Mangler.Beregn(Taeller, Naevner, Graense);

    /// <summary>
    /// Figures pooled by summing numerators and denominators: the national figure over municipalities, and the
    /// annual figure over months (rules.md §8), under the given threshold.
    /// </summary>
    public static Maaltal Pulj(IEnumerable<Maaltal> tal, double? graense)
    {
        long taeller = 0, naevner = 0;
        foreach (var t in tal)
        {
            taeller += t.Taeller;
            naevner += t.Naevner;
        }
        return new Maaltal(checked((int)taeller), checked((int)naevner), graense);
    }
}
