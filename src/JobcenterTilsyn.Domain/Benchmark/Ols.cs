using MathNet.Numerics.LinearAlgebra;

namespace JobcenterTilsyn.Domain.Benchmark;

/// <summary>
/// Ordinary least squares by a Householder QR decomposition (MathNet.Numerics), never by inverting XᵀX.
/// Columns are scaled to unit length first, so the singularity test on R's diagonal does not depend on
/// the variables' units; coefficients and standard errors are scaled back.
/// </summary>
public static class Ols
{
    /// <summary>A column whose |R_jj| (after scaling) is below this is a linear combination of the others.</summary>
    public const double SingularitetsTolerance = 1e-10;

    /// <param name="x">The design matrix, n × p, with the intercept column included by the caller.</param>
    /// <param name="y">The n observations.</param>
    /// <param name="kolonnenavne">Names of the p columns, for the singularity message.</param>
    public static OlsEstimat Estimer(double[,] x, double[] y, IReadOnlyList<string> kolonnenavne)
    {
        int n = x.GetLength(0), p = x.GetLength(1);
        if (y.Length != n) throw new ArgumentException("x and y must have the same number of rows.");
        if (n < p + 1)
        {
            throw new BenchmarkFejlException(BenchmarkFejltype.ForFaaKommuner,
                $"The model has {p} parameters and needs at least {p + 1} municipalities, but there are {n}.");
        }

        var skala = new double[p];
        var xs = Matrix<double>.Build.Dense(n, p);
        for (var j = 0; j < p; j++)
        {
            double sum = 0;
            for (var i = 0; i < n; i++) sum += x[i, j] * x[i, j];
            skala[j] = Math.Sqrt(sum);
            if (skala[j] == 0)
            {
                throw new BenchmarkFejlException(BenchmarkFejltype.SingulaerModel,
                    $"The design is singular: the variable '{kolonnenavne[j]}' is zero for every municipality.");
            }
            for (var i = 0; i < n; i++) xs[i, j] = x[i, j] / skala[j];
        }

        var qr = xs.QR(MathNet.Numerics.LinearAlgebra.Factorization.QRMethod.Thin);
        var r = qr.R;
        for (var j = 0; j < p; j++)
        {
            if (Math.Abs(r[j, j]) < SingularitetsTolerance)
            {
                throw new BenchmarkFejlException(BenchmarkFejltype.SingulaerModel,
                    $"The design is singular: the variable '{kolonnenavne[j]}' is (almost) a linear combination of the variables before it.");
            }
        }

        var yv = Vector<double>.Build.DenseOfArray(y);
        var betaSkaleret = qr.Solve(yv);
        var fitted = xs * betaSkaleret;
        var residualer = yv - fitted;
        var rss = residualer.DotProduct(residualer);
        var mean = yv.Average();
        var tss = yv.Sum(v => (v - mean) * (v - mean));
        var sigma2 = rss / (n - p);

        // (XᵀX)⁻¹ = R⁻¹R⁻ᵀ; R⁻¹ by back substitution on the triangular factor.
        var rInv = InvertUpperTriangular(r);
        var koef = new double[p];
        var se = new double[p];
        for (var j = 0; j < p; j++)
        {
            koef[j] = betaSkaleret[j] / skala[j];
            double rowNorm2 = 0;
            for (var k = j; k < p; k++) rowNorm2 += rInv[j, k] * rInv[j, k];
            se[j] = Math.Sqrt(sigma2 * rowNorm2) / skala[j];
        }

        // Standard error of each fitted value: σ·‖x_iᵀR⁻¹‖.
        var predSe = new double[n];
        var v = xs * rInv;
        for (var i = 0; i < n; i++)
        {
            double s = 0;
            for (var k = 0; k < p; k++) s += v[i, k] * v[i, k];
            predSe[i] = Math.Sqrt(sigma2 * s);
        }

        var rKvadrat = tss > 0 ? 1 - (rss / tss) : (rss == 0 ? 1 : 0);
        return new OlsEstimat(koef, se, fitted.ToArray(), predSe, rKvadrat, Math.Sqrt(sigma2));
    }

    private static Matrix<double> InvertUpperTriangular(Matrix<double> r)
    {
        var p = r.RowCount;
        var inv = Matrix<double>.Build.Dense(p, p);
        for (var col = 0; col < p; col++)
        {
            for (var i = p - 1; i >= 0; i--)
            {
                var s = i == col ? 1.0 : 0.0;
                for (var k = i + 1; k < p; k++) s -= r[i, k] * inv[k, col];
                inv[i, col] = s / r[i, i];
            }
        }
        return inv;
    }
}

/// <summary>The estimates of <see cref="Ols.Estimer"/>, in the column order of the design.</summary>
public sealed record OlsEstimat(
    double[] Koefficienter, double[] Standardfejl, double[] Fitted, double[] FittedStandardfejl, double RKvadrat, double Sigma);
