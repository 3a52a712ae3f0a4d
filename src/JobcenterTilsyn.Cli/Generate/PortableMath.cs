namespace JobcenterTilsyn.Cli.Generate;

/// <summary>
/// Log and Exp from IEEE basic operations only. Math.Log/Exp come from the platform's C library and
/// may differ in the last bit between operating systems; these give the same bits everywhere, so a
/// seed yields the same files on every machine. Accuracy (about 1e-15 relative) is far beyond need.
/// </summary>
public static class PortableMath
{
    private const double Ln2 = 0.6931471805599453;

    // ln 2 split in a high part with trailing zero bits (n·Ln2Hi is exact) and the rest (Cody & Waite).
    private const double Ln2Hi = 6.93147180369123816490e-01;
    private const double Ln2Lo = 1.90821492927058770002e-10;

    /// <summary>Natural logarithm of a positive finite number.</summary>
    public static double Log(double x)
    {
        if (!(x > 0) || double.IsInfinity(x)) throw new ArgumentOutOfRangeException(nameof(x), x, "Must be positive and finite.");
        // x = m · 2^e with m in [1/√2, √2), then ln m = 2·atanh(t), t = (m−1)/(m+1), |t| < 0.172.
        var e = 0;
        var m = x;
        while (m >= 1.4142135623730951) { m *= 0.5; e++; }
        while (m < 0.7071067811865476) { m *= 2.0; e--; }
        var t = (m - 1.0) / (m + 1.0);
        var t2 = t * t;
        var sum = 0.0;
        var term = t;
        for (var k = 1; k <= 39; k += 2)
        {
            sum += term / k;
            term *= t2;
        }
        return 2.0 * sum + e * Ln2;
    }

    /// <summary>e^x for |x| ≤ 700.</summary>
    public static double Exp(double x)
    {
        if (double.IsNaN(x) || x > 700 || x < -700) throw new ArgumentOutOfRangeException(nameof(x), x, "Must lie in [-700, 700].");
        // x = n·ln2 + r with |r| ≤ ln2/2; e^r by Taylor series, then scale by 2^n exactly.
        var n = (int)Math.Round(x / Ln2, MidpointRounding.AwayFromZero);
        var r = (x - n * Ln2Hi) - n * Ln2Lo;
        var sum = 1.0;
        var term = 1.0;
        for (var k = 1; k <= 20; k++)
        {
            term *= r / k;
            sum += term;
        }
        return Math.ScaleB(sum, n);
    }

    /// <summary>x^p for x ≥ 0 (0^p = 0).</summary>
    public static double Pow(double x, double p) => x == 0 ? 0 : Exp(p * Log(x));
}
