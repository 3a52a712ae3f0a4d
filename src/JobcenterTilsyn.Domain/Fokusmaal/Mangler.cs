namespace JobcenterTilsyn.Domain.Fokusmaal;

/// <summary>
/// Mangler (rules.md §11): the fewest extra persons in the numerator that meet the goal, max(0, ⌈g·n⌉ − t).
/// Exact: the threshold is taken as the decimal it was written as, never a floating-point ceil of a double product.
/// </summary>
public static class Mangler
{
    /// <summary>Null when there is no threshold or the denominator is 0.</summary>
    public static int? Beregn(long taeller, long naevner, double? graense)
    {
        if (graense is not { } g || naevner == 0) return null;
        return checked((int)Math.Max(0, Noedvendige(naevner, g) - taeller));
    }

    /// <summary>⌈g·n⌉: how many of <paramref name="naevner"/> must be in the numerator for the goal to be met.</summary>
    public static long Noedvendige(long naevner, double graense) =>
        // (decimal)double keeps 15 significant digits: 0.7 becomes exactly 0.7m, so 0.7 × 10 is 7, not 7.000000000000001.
        (long)Math.Ceiling((decimal)graense * naevner);
}
