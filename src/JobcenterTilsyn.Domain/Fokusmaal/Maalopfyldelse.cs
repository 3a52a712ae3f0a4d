namespace JobcenterTilsyn.Domain.Fokusmaal;

/// <summary>Whether a goal is met: taeller ÷ naevner ≥ threshold, compared exactly (rules.md).</summary>
public static class Maalopfyldelse
{
    /// <summary>
    /// Null when there is no threshold or the denominator is 0. The threshold is taken as the decimal
    /// it was written as (0.70, not the double nearest to it), so 7 of 10 meets 0.70.
    /// </summary>
    public static bool? Opfyldt(long taeller, long naevner, double? graense)
    {
        if (graense is null || naevner == 0)
        {
            return null;
        }

        // (decimal)double keeps 15 significant digits: 0.7 becomes exactly 0.7m.
        return taeller >= (decimal)graense.Value * naevner;
    }
}
