namespace JobcenterTilsyn.Cli.Generate;

/// <summary>
/// xoshiro256** seeded through SplitMix64. Our own generator because System.Random's algorithm is
/// not guaranteed across .NET versions, and the demo data must be byte-identical for a seed.
/// Independent streams come from <see cref="For"/>: one per kommune, one per person, so the
/// order in which things are generated never changes what a stream yields.
/// </summary>
public sealed class SeededRandom
{
    private ulong _s0, _s1, _s2, _s3;

    public SeededRandom(ulong seed)
    {
        var sm = seed;
        _s0 = SplitMix64(ref sm);
        _s1 = SplitMix64(ref sm);
        _s2 = SplitMix64(ref sm);
        _s3 = SplitMix64(ref sm);
    }

    /// <summary>A stream for one purpose and key (e.g. "person", 1234) under the data set's seed.</summary>
    public static SeededRandom For(ulong seed, ulong purpose, ulong key)
    {
        var h = seed;
        h = Mix(h ^ Mix(purpose + 0x9E3779B97F4A7C15UL));
        h = Mix(h ^ Mix(key + 0xD1B54A32D192ED03UL));
        return new SeededRandom(h);
    }

    public ulong NextUInt64()
    {
        var result = RotateLeft(_s1 * 5, 7) * 9;
        var t = _s1 << 17;
        _s2 ^= _s0;
        _s3 ^= _s1;
        _s1 ^= _s2;
        _s0 ^= _s3;
        _s2 ^= t;
        _s3 = RotateLeft(_s3, 45);
        return result;
    }

    /// <summary>Uniform in [0, 1) with 53 bits.</summary>
    public double NextDouble() => (NextUInt64() >> 11) * (1.0 / (1UL << 53));

    /// <summary>Uniform integer in [0, n), unbiased (Lemire's multiply-shift with rejection).</summary>
    public int Next(int n)
    {
        if (n <= 0) throw new ArgumentOutOfRangeException(nameof(n), n, "Must be positive.");
        var bound = (ulong)n;
        while (true)
        {
            var x = NextUInt64();
            var m = Math.BigMul(x, bound, out var low);
            if (low >= bound || low >= (0UL - bound) % bound) return (int)m;
        }
    }

    /// <summary>Uniform integer in [min, max], both inclusive.</summary>
    public int Between(int min, int max) => min + Next(max - min + 1);

    public bool Chance(double p) => NextDouble() < p;

    /// <summary>Standard normal (Marsaglia's polar method: sqrt is exact in IEEE, log is <see cref="PortableMath"/>).</summary>
    public double Normal()
    {
        while (true)
        {
            var u = 2.0 * NextDouble() - 1.0;
            var v = 2.0 * NextDouble() - 1.0;
            var s = u * u + v * v;
            if (s > 0 && s < 1) return u * Math.Sqrt(-2.0 * PortableMath.Log(s) / s);
        }
    }

    /// <summary>Exponential with the given mean.</summary>
    public double Exponential(double mean) => -mean * PortableMath.Log(1.0 - NextDouble());

    /// <summary>Log-normal: the median times e^(sigma·Z).</summary>
    public double LogNormal(double median, double sigma) => median * PortableMath.Exp(sigma * Normal());

    /// <summary>Index drawn with probability proportional to its weight.</summary>
    public int Pick(ReadOnlySpan<double> weights)
    {
        var total = 0.0;
        foreach (var w in weights) total += w;
        var x = NextDouble() * total;
        for (var i = 0; i < weights.Length; i++)
        {
            x -= weights[i];
            if (x < 0) return i;
        }
        return weights.Length - 1;
    }

    private static ulong SplitMix64(ref ulong state)
    {
        state += 0x9E3779B97F4A7C15UL;
        return Mix(state);
    }

    private static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    private static ulong RotateLeft(ulong x, int k) => (x << k) | (x >> (64 - k));
}
