using JobcenterTilsyn.Domain.Benchmark;

namespace JobcenterTilsyn.Domain.Tests.Benchmark;

/// <summary>rules.md §5, the model: <see cref="Ols.Estimer"/> against exact data and the textbook formulas.</summary>
public sealed class OlsTests
{
    [Fact]
    public void Data_made_exactly_from_known_coefficients_without_noise_gives_them_back_with_r2_of_1()
    {
        double[] beta = [0.05, 0.3, -0.02, 1.7e-6];
        var rng = new Random(11);
        const int n = 25;
        var x = new double[n, 4];
        var y = new double[n];
        for (var i = 0; i < n; i++)
        {
            x[i, 0] = 1;
            x[i, 1] = rng.NextDouble();
            x[i, 2] = rng.NextDouble() * 10;
            x[i, 3] = 20_000 + (rng.NextDouble() * 500_000);
            for (var j = 0; j < 4; j++) y[i] += beta[j] * x[i, j];
        }

        var est = Ols.Estimer(x, y, ["(intercept)", "a", "b", "c"]);

        for (var j = 0; j < 4; j++) est.Koefficienter[j].Should().BeApproximately(beta[j], 1e-9, $"coefficient {j}");
        est.RKvadrat.Should().BeApproximately(1, 1e-12);
        est.Sigma.Should().BeLessThan(1e-12);
        for (var i = 0; i < n; i++) est.Fitted[i].Should().BeApproximately(y[i], 1e-12);
    }

    [Fact]
    public void A_hand_worked_simple_regression_gives_the_textbook_numbers()
    {
        // x = 2, 4, 6, 8; y = 1, 3, 6, 6. x̄ = 5, ȳ = 4, Sxx = 20, Sxy = 18 → b = 0.9, a = 4 − 0.9·5 = −0.5.
        // Fitted 1.3, 3.1, 4.9, 6.7; residuals −0.3, −0.1, 1.1, −0.7; RSS = 1.8, TSS = 18 → R² = 0.9; σ² = 1.8/2 = 0.9.
        // SE(b) = √(0.9/20) = √0.045; SE(a) = √(0.9·(1/4 + 25/20)) = √1.35; SE of the fitted value at x = 2: √(0.9·(1/4 + 9/20)) = √0.63.
        var est = Ols.Estimer(Design([2, 4, 6, 8]), [1, 3, 6, 6], ["(intercept)", "x"]);

        est.Koefficienter[0].Should().BeApproximately(-0.5, 1e-12);
        est.Koefficienter[1].Should().BeApproximately(0.9, 1e-12);
        est.Fitted.Should().Equal([1.3, 3.1, 4.9, 6.7], (a, b) => Math.Abs(a - b) < 1e-12);
        est.RKvadrat.Should().BeApproximately(0.9, 1e-12);
        est.Sigma.Should().BeApproximately(Math.Sqrt(0.9), 1e-12);
        est.Standardfejl[1].Should().BeApproximately(Math.Sqrt(0.045), 1e-12);
        est.Standardfejl[0].Should().BeApproximately(Math.Sqrt(1.35), 1e-12);
        est.FittedStandardfejl[0].Should().BeApproximately(Math.Sqrt(0.63), 1e-12);
        est.FittedStandardfejl[3].Should().BeApproximately(Math.Sqrt(0.63), 1e-12, "x = 8 lies as far from x̄ as x = 2");
    }

    [Fact]
    public void A_simple_regression_matches_the_textbook_formulas_computed_by_hand()
    {
        var rng = new Random(3);
        const int n = 17;
        var xs = new double[n];
        var ys = new double[n];
        for (var i = 0; i < n; i++)
        {
            xs[i] = rng.NextDouble() * 10;
            ys[i] = 1.5 + (0.4 * xs[i]) + ((rng.NextDouble() - 0.5) * 2);
        }

        var xBar = xs.Average();
        var yBar = ys.Average();
        var sxx = xs.Sum(v => (v - xBar) * (v - xBar));
        var sxy = xs.Zip(ys, (u, v) => (u - xBar) * (v - yBar)).Sum();
        var b = sxy / sxx;
        var a = yBar - (b * xBar);
        var rss = xs.Zip(ys, (u, v) => (v - a - (b * u)) * (v - a - (b * u))).Sum();
        var tss = ys.Sum(v => (v - yBar) * (v - yBar));
        var sigma2 = rss / (n - 2);

        var est = Ols.Estimer(Design(xs), ys, ["(intercept)", "x"]);

        est.Koefficienter[1].Should().BeApproximately(b, 1e-12);
        est.Koefficienter[0].Should().BeApproximately(a, 1e-12);
        est.Standardfejl[1].Should().BeApproximately(Math.Sqrt(sigma2 / sxx), 1e-12);
        est.Standardfejl[0].Should().BeApproximately(Math.Sqrt(sigma2 * ((1.0 / n) + (xBar * xBar / sxx))), 1e-12);
        est.RKvadrat.Should().BeApproximately(1 - (rss / tss), 1e-12);
        est.Sigma.Should().BeApproximately(Math.Sqrt(sigma2), 1e-12);
        for (var i = 0; i < n; i++)
        {
            est.Fitted[i].Should().BeApproximately(a + (b * xs[i]), 1e-12);
            var forventetSe = Math.Sqrt(sigma2) * Math.Sqrt((1.0 / n) + ((xs[i] - xBar) * (xs[i] - xBar) / sxx));
            est.FittedStandardfejl[i].Should().BeApproximately(forventetSe, 1e-12, $"fitted value {i}");
        }
    }

    [Fact]
    public void Standard_errors_of_a_multiple_regression_equal_sigma2_times_the_inverse_of_xtx()
    {
        var rng = new Random(5);
        const int n = 15;
        var x = new double[n, 3];
        var y = new double[n];
        for (var i = 0; i < n; i++)
        {
            x[i, 0] = 1;
            x[i, 1] = rng.NextDouble() * 4;
            x[i, 2] = (0.5 * x[i, 1]) + rng.NextDouble();
            y[i] = 2 - x[i, 1] + (3 * x[i, 2]) + (rng.NextDouble() - 0.5);
        }

        var est = Ols.Estimer(x, y, ["(intercept)", "a", "b"]);

        // (XᵀX)⁻¹ by the adjugate, written out here, and σ² from the residuals of the returned fit.
        var xtx = new double[3, 3];
        for (var j = 0; j < 3; j++)
        {
            for (var k = 0; k < 3; k++)
            {
                for (var i = 0; i < n; i++) xtx[j, k] += x[i, j] * x[i, k];
            }
        }
        var inv = Invers3(xtx);
        var rss = Enumerable.Range(0, n).Sum(i => (y[i] - est.Fitted[i]) * (y[i] - est.Fitted[i]));
        var sigma2 = rss / (n - 3);

        // β = (XᵀX)⁻¹Xᵀy.
        for (var j = 0; j < 3; j++)
        {
            var bj = 0.0;
            for (var k = 0; k < 3; k++)
            {
                var xty = 0.0;
                for (var i = 0; i < n; i++) xty += x[i, k] * y[i];
                bj += inv[j, k] * xty;
            }
            est.Koefficienter[j].Should().BeApproximately(bj, 1e-9, $"coefficient {j}");
            est.Standardfejl[j].Should().BeApproximately(Math.Sqrt(sigma2 * inv[j, j]), 1e-10, $"standard error {j}");
        }

        for (var i = 0; i < n; i++)
        {
            var q = 0.0;
            for (var j = 0; j < 3; j++)
            {
                for (var k = 0; k < 3; k++) q += x[i, j] * inv[j, k] * x[i, k];
            }
            est.FittedStandardfejl[i].Should().BeApproximately(Math.Sqrt(sigma2 * q), 1e-10, $"fitted value {i}");
        }
    }

    [Fact]
    public void Variables_on_very_different_scales_are_still_estimated()
    {
        // One variable around 1e5 (a population), one around 1e-3 (a small share); no noise.
        var rng = new Random(17);
        const int n = 98;
        var x = new double[n, 3];
        var y = new double[n];
        for (var i = 0; i < n; i++)
        {
            x[i, 0] = 1;
            x[i, 1] = 100_000 + ((rng.NextDouble() - 0.5) * 10_000);
            x[i, 2] = rng.NextDouble() * 0.004;
            y[i] = 0.02 + (3e-8 * x[i, 1]) + (4 * x[i, 2]);
        }

        var est = Ols.Estimer(x, y, ["(intercept)", "befolkning", "andel"]);

        est.Koefficienter[1].Should().BeApproximately(3e-8, 3e-8 * 1e-6);
        est.Koefficienter[2].Should().BeApproximately(4, 4 * 1e-6);
        est.Koefficienter[0].Should().BeApproximately(0.02, 1e-9);
    }

    [Fact]
    public void With_noise_and_very_different_scales_the_residuals_are_orthogonal_to_every_column()
    {
        var rng = new Random(19);
        const int n = 98;
        var x = new double[n, 3];
        var y = new double[n];
        for (var i = 0; i < n; i++)
        {
            x[i, 0] = 1;
            x[i, 1] = 20_000 + (rng.NextDouble() * 400_000);
            x[i, 2] = rng.NextDouble() * 0.004;
            y[i] = 0.02 + (3e-8 * x[i, 1]) + (4 * x[i, 2]) + ((rng.NextDouble() - 0.5) * 0.01);
        }

        var est = Ols.Estimer(x, y, ["(intercept)", "befolkning", "andel"]);

        // The normal equations Xᵀ(y − Xβ) = 0 characterise the least-squares solution, whatever the method.
        var e = Enumerable.Range(0, n).Select(i => y[i] - est.Fitted[i]).ToArray();
        var eNorm = Math.Sqrt(e.Sum(v => v * v));
        for (var j = 0; j < 3; j++)
        {
            double dot = 0, xNorm = 0;
            for (var i = 0; i < n; i++)
            {
                dot += x[i, j] * e[i];
                xNorm += x[i, j] * x[i, j];
            }
            Math.Abs(dot).Should().BeLessThan(1e-12 * Math.Sqrt(xNorm) * eNorm, $"column {j}");
            est.Standardfejl[j].Should().BePositive().And.BeLessThan(double.PositiveInfinity);
        }
        for (var i = 0; i < n; i++)
        {
            var fitted = est.Koefficienter[0] + (est.Koefficienter[1] * x[i, 1]) + (est.Koefficienter[2] * x[i, 2]);
            est.Fitted[i].Should().BeApproximately(fitted, 1e-12, "coefficients scaled back give the fitted values");
        }
    }

    [Fact]
    public void Exactly_parameters_plus_one_municipalities_is_enough()
    {
        var est = Ols.Estimer(Design([1, 2, 4]), [1, 2, 2], ["(intercept)", "x"]);

        est.Koefficienter.Should().HaveCount(2);
        est.Sigma.Should().BePositive();
    }

    [Theory]
    [InlineData(2)]
    [InlineData(1)]
    public void Fewer_municipalities_than_parameters_plus_one_is_refused(int n)
    {
        var xs = Enumerable.Range(1, n).Select(i => (double)i).ToArray();

        var act = () => Ols.Estimer(Design(xs), xs, ["(intercept)", "x"]);

        act.Should().Throw<BenchmarkFejlException>().Where(e => e.Type == BenchmarkFejltype.ForFaaKommuner)
            .WithMessage($"The model has 2 parameters and needs at least 3 municipalities, but there are {n}.");
    }

    [Fact]
    public void A_duplicated_column_is_a_singular_design_named_by_the_later_column()
    {
        var x = Kolonner(8, i => i, i => i * i, i => i);

        var act = () => Ols.Estimer(x, Y(8), ["(intercept)", "a", "b", "kopi_af_a"]);

        act.Should().Throw<BenchmarkFejlException>().Where(e => e.Type == BenchmarkFejltype.SingulaerModel)
            .WithMessage("*singular*'kopi_af_a'*linear combination*");
    }

    [Fact]
    public void A_column_that_is_a_linear_combination_of_others_is_a_singular_design()
    {
        var x = Kolonner(9, i => i, i => Math.Sqrt(i), i => 2 + (3 * i) - Math.Sqrt(i));

        var act = () => Ols.Estimer(x, Y(9), ["(intercept)", "a", "b", "kombination"]);

        act.Should().Throw<BenchmarkFejlException>().Where(e => e.Type == BenchmarkFejltype.SingulaerModel)
            .WithMessage("*'kombination'*");
    }

    [Fact]
    public void A_constant_column_repeats_the_intercept_and_is_a_singular_design()
    {
        var x = Kolonner(6, i => i, _ => 7);

        var act = () => Ols.Estimer(x, Y(6), ["(intercept)", "a", "konstant"]);

        act.Should().Throw<BenchmarkFejlException>().Where(e => e.Type == BenchmarkFejltype.SingulaerModel)
            .WithMessage("*'konstant'*");
    }

    [Fact]
    public void A_zero_column_is_a_singular_design()
    {
        var x = Kolonner(6, i => i, _ => 0);

        var act = () => Ols.Estimer(x, Y(6), ["(intercept)", "a", "nul"]);

        act.Should().Throw<BenchmarkFejlException>().Where(e => e.Type == BenchmarkFejltype.SingulaerModel)
            .WithMessage("*'nul' is zero for every municipality*");
    }

    [Theory]
    [InlineData(1e-12, true)]
    [InlineData(1e-6, false)]
    public void Near_collinearity_is_singular_below_the_tolerance_and_estimated_above_it(double forstyrrelse, bool singulaer)
    {
        // c = a + b + forstyrrelse·z: after scaling to unit length |R_cc| is about forstyrrelse/7, against the tolerance 1e-10.
        var rng = new Random(23);
        var z = Enumerable.Range(0, 20).Select(_ => rng.Next(2) == 0 ? -1.0 : 1.0).ToArray();
        var x = Kolonner(20, i => i % 7, i => Math.Sqrt(i), i => (i % 7) + Math.Sqrt(i) + (forstyrrelse * z[i]));

        var act = () => Ols.Estimer(x, Y(20), ["(intercept)", "a", "b", "c"]);

        if (singulaer)
        {
            act.Should().Throw<BenchmarkFejlException>().Where(e => e.Type == BenchmarkFejltype.SingulaerModel);
        }
        else
        {
            act.Should().NotThrow();
        }
    }

    [Fact]
    public void A_y_of_another_length_than_the_design_is_a_programming_error()
    {
        var act = () => Ols.Estimer(Design([1, 2, 3, 4]), [1, 2, 3], ["(intercept)", "x"]);

        act.Should().Throw<ArgumentException>();
    }

    private static double[,] Design(double[] xs) => Kolonner(xs.Length, i => xs[i]);

    /// <summary>An intercept column followed by one column per function of the row index.</summary>
    private static double[,] Kolonner(int n, params Func<int, double>[] kolonner)
    {
        var x = new double[n, kolonner.Length + 1];
        for (var i = 0; i < n; i++)
        {
            x[i, 0] = 1;
            for (var j = 0; j < kolonner.Length; j++) x[i, j + 1] = kolonner[j](i);
        }
        return x;
    }

    private static double[] Y(int n) => Enumerable.Range(0, n).Select(i => 1 + (0.5 * i) + (i % 3)).ToArray();

    private static double[,] Invers3(double[,] m)
    {
        var det = (m[0, 0] * ((m[1, 1] * m[2, 2]) - (m[1, 2] * m[2, 1])))
                - (m[0, 1] * ((m[1, 0] * m[2, 2]) - (m[1, 2] * m[2, 0])))
                + (m[0, 2] * ((m[1, 0] * m[2, 1]) - (m[1, 1] * m[2, 0])));
        var inv = new double[3, 3];
        for (var r = 0; r < 3; r++)
        {
            for (var c = 0; c < 3; c++)
            {
                // Cofactor of (c, r), transposed into (r, c).
                int r1 = (c + 1) % 3, r2 = (c + 2) % 3, c1 = (r + 1) % 3, c2 = (r + 2) % 3;
                inv[r, c] = ((m[r1, c1] * m[r2, c2]) - (m[r1, c2] * m[r2, c1])) / det;
            }
        }
        return inv;
    }
}
