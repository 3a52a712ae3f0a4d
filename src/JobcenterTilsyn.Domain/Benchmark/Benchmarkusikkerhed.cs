using MathNet.Numerics.Distributions;
using MathNet.Numerics.LinearAlgebra;

namespace JobcenterTilsyn.Domain.Benchmark;

/// <summary>
/// The 90 % intervals of every municipality's residual and rang (docs/rules-as-implemented.md, "Uncertainty").
/// Residual: r ± t(0.95; n−p) · se(fitted), the uncertainty of the estimated expectation. Rang: a parametric
/// bootstrap from the fitted model: y* = ŷ + ε*, ε* ~ N(0, σ̂²), refitted; the true residuals are then
/// r + x(β̂* − β̂) = r + Hε* (H the hat matrix), ranked in every replicate; the interval is the 5 % and 95 %
/// quantile of those ranks, widened to contain the point rang. Pure and seeded: the same input gives the same intervals.
/// </summary>
public static class Benchmarkusikkerhed
{
    /// <param name="x">The design matrix (n × p, intercept included), rows in kommunekode order (ties of rang by code).</param>
    /// <param name="residual">The n residuals.</param>
    /// <param name="fittedSe">Standard error of each fitted value.</param>
    /// <param name="sigma">The residual standard deviation σ̂ (n − p degrees of freedom).</param>
    /// <param name="rang">The point rang of each row (1 = lowest residual).</param>
    public static Usikkerhed[] Beregn(double[,] x, IReadOnlyList<double> residual, IReadOnlyList<double> fittedSe, double sigma, IReadOnlyList<int> rang, Bootstrapindstilling indstilling)
    {
        int n = x.GetLength(0), p = x.GetLength(1), b = indstilling.Antal;
        if (residual.Count != n || fittedSe.Count != n || rang.Count != n) throw new ArgumentException("x, residual, fittedSe and rang must have the same rows.");
        if (b < 1) throw new ArgumentException("The bootstrap needs at least one replicate.", nameof(indstilling));

        var halvt = (1 - indstilling.Niveau) / 2;
        var t = StudentT.InvCDF(0, 1, n - p, 1 - halvt);

        // Hε* = Q(Qᵀε*) with Q the thin QR basis of X, O(n·p) per replicate. Plain loops: MathNet's parallel
        // multiply only adds thread-pool traffic at this size.
        var q = Matrix<double>.Build.DenseOfArray(x).QR(MathNet.Numerics.LinearAlgebra.Factorization.QRMethod.Thin).Q.ToArray();
        var random = new Random(indstilling.Seed);
        var stoej = new double[n];
        var z = new double[p];
        var taelling = new int[n * n]; // [row * n + rang − 1]
        var vaerdier = new double[n];
        var orden = new int[n];
        for (var rep = 0; rep < b; rep++)
        {
            Normale(random, stoej, sigma);
            for (var k = 0; k < p; k++)
            {
                double sum = 0;
                for (var i = 0; i < n; i++) sum += q[i, k] * stoej[i];
                z[k] = sum;
            }
            for (var i = 0; i < n; i++)
            {
                double afvigelse = 0;
                for (var k = 0; k < p; k++) afvigelse += q[i, k] * z[k];
                vaerdier[i] = residual[i] + afvigelse;
                orden[i] = i;
            }
            Array.Sort(vaerdier, orden);
            for (var pos = 0; pos < n; pos++) taelling[(orden[pos] * n) + pos]++;
        }

        var resultat = new Usikkerhed[n];
        for (var i = 0; i < n; i++)
        {
            var lav = Kvantil(taelling, i, n, b, halvt);
            var hoej = Kvantil(taelling, i, n, b, 1 - halvt);
            resultat[i] = new Usikkerhed(
                residual[i] - (t * fittedSe[i]), residual[i] + (t * fittedSe[i]), Math.Min(lav, rang[i]), Math.Max(hoej, rang[i]));
        }
        return resultat;
    }

    /// <summary>The empirical quantile (type 1): the smallest rang whose cumulative share reaches <paramref name="andel"/>.</summary>
    private static int Kvantil(int[] taelling, int raekke, int n, int b, double andel)
    {
        var kraevet = Math.Max(1, (int)Math.Ceiling((andel * b) - 1e-9));
        var kumuleret = 0;
        for (var r = 0; r < n; r++)
        {
            kumuleret += taelling[(raekke * n) + r];
            if (kumuleret >= kraevet) return r + 1;
        }
        return n;
    }

    /// <summary>Fills <paramref name="z"/> with N(0, σ²) draws by Box–Muller from System.Random with a fixed seed (its seeded sequence is stable across .NET versions).</summary>
    private static void Normale(Random random, double[] z, double sigma)
    {
        for (var k = 0; k < z.Length; k += 2)
        {
            var u1 = 1.0 - random.NextDouble(); // (0, 1]: log is finite
            var u2 = random.NextDouble();
            var radius = sigma * Math.Sqrt(-2 * Math.Log(u1));
            z[k] = radius * Math.Cos(2 * Math.PI * u2);
            if (k + 1 < z.Length) z[k + 1] = radius * Math.Sin(2 * Math.PI * u2);
        }
    }
}
