using System.Globalization;

namespace JobcenterTilsyn.Cli.Generate;

/// <summary>
/// Valid, distinct CPR numbers for the demo persons written with CPR: DDMMYY is the real birthday (so
/// 29 February occurs only in leap years, i.e. YY divisible by 4 within 1901–2099), SSSS random.
/// Distinctness matters: two demo persons with one CPR would merge into one on import.
/// </summary>
internal sealed class CprNumre
{
    private readonly HashSet<long> _brugte = [];

    /// <summary>Ten digits DDMMYYSSSS.</summary>
    public string Ny(SeededRandom rng, DateOnly foedselsdag)
    {
        var ddmmyy = (foedselsdag.Day * 100 + foedselsdag.Month) * 100 + foedselsdag.Year % 100;
        while (true)
        {
            var nummer = ddmmyy * 10_000L + rng.Next(10_000);
            if (_brugte.Add(nummer)) return nummer.ToString("D10", CultureInfo.InvariantCulture);
        }
    }

    public static string MedBindestreg(string cpr) => string.Concat(cpr.AsSpan(0, 6), "-", cpr.AsSpan(6));
}
