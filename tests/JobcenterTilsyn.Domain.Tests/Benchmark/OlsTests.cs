using JobcenterTilsyn.Domain.Benchmark;

namespace JobcenterTilsyn.Domain.Tests.Benchmark;

public sealed class OlsTests
{
    private static readonly string[] ToKolonner = ["(intercept)", "x"];

    [Fact]
    public void Data_made_exactly_from_known_coefficients_gives_them_back()
    {
        // y = 0.05 + 0.3·a − 0.02·b, no noise.
        var rng = new Random(7);
        const int n = 30;
        var x = new double[n, 3];
        var y = new double[n];
        for (var i = 0; i < n; i++)
        {
            x[i, 0] = 1;
            x[i, 1] = rng.NextDouble();
            x[i, 2] = rng.NextDouble() * 5;
            y[i] = 0.05 + (0.3 * x[i, 1]) - (0.02 * x[i, 2]);
        }

        var est = Ols.Estimer(x, y, ["(intercept)", "a", "b"]);

        est.Koefficienter.Should().Equal([0.05, 0.3, -0.02], (a, b) => Math.Abs(a - b) < 1e-9);
        est.RKvadrat.Should().BeApproximately(1, 1e-12);
        est.Fitted.Should().Equal(y, (a, b) => Math.Abs(a - b) < 1e-12);
    }

    [Fact]
    public void Simple_regression_matches_the_textbook_formulas()
    {
        // Worked by hand: x̄ = 3, ȳ = 4.4, Sxx = 10, Sxy = 8, b = 0.8, a = 2.0,
        // fitted 2.8 3.6 4.4 5.2 6.0, residuals 0.2 −0.6 0.6 −0.2 0, RSS = 0.8, TSS = 7.2, σ² = 0.8/3.
        double[] xs = [1, 2, 3, 4, 5];
        double[] ys = [3, 3, 5, 5, 6];
        var est = Ols.Estimer(Design(xs), ys, ToKolonner);

        est.Koefficienter[0].Should().BeApproximately(2.0, 1e-12);
        est.Koefficienter[1].Should().BeApproximately(0.8, 1e-12);
        est.RKvadrat.Should().BeApproximately(1 - (0.8 / 7.2), 1e-12);
        var sigma2 = 0.8 / 3;
        est.Sigma.Should().BeApproximately(Math.Sqrt(sigma2), 1e-12);
        est.Standardfejl[1].Should().BeApproximately(Math.Sqrt(sigma2 / 10), 1e-12);
        est.Standardfejl[0].Should().BeApproximately(Math.Sqrt(sigma2 * ((1.0 / 5) + (9.0 / 10))), 1e-12);
        for (var i = 0; i < 5; i++)
        {
            var forventetSe = Math.Sqrt(sigma2 * ((1.0 / 5) + ((xs[i] - 3) * (xs[i] - 3) / 10)));
            est.FittedStandardfejl[i].Should().BeApproximately(forventetSe, 1e-12);
        }
    }

    [Fact]
    public void Variables_on_very_different_scales_are_still_estimated()
    {
        const int n = 40;
        var x = new double[n, 3];
        var y = new double[n];
        for (var i = 0; i < n; i++)
        {
            x[i, 0] = 1;
            x[i, 1] = 50_000 + (1_000 * i);
            x[i, 2] = 0.001 * ((i * 7) % 11);
            y[i] = 0.01 + (2e-7 * x[i, 1]) + (3 * x[i, 2]);
        }

        var est = Ols.Estimer(x, y, ["(intercept)", "befolkning", "lille"]);

        est.Koefficienter[1].Should().BeApproximately(2e-7, 1e-15);
        est.Koefficienter[2].Should().BeApproximately(3, 1e-8);
    }

    [Fact]
    public void A_duplicated_column_is_a_singular_design()
    {
        var x = new double[6, 3];
        for (var i = 0; i < 6; i++)
        {
            x[i, 0] = 1;
            x[i, 1] = i;
            x[i, 2] = i;
        }

        var act = () => Ols.Estimer(x, [1, 2, 3, 4, 5, 7], ["(intercept)", "a", "kopi"]);

        act.Should().Throw<BenchmarkFejlException>().Where(e => e.Type == BenchmarkFejltype.SingulaerModel).WithMessage("*singular*kopi*");
    }

    [Fact]
    public void A_linear_combination_of_other_columns_is_a_singular_design()
    {
        var x = new double[8, 4];
        for (var i = 0; i < 8; i++)
        {
            x[i, 0] = 1;
            x[i, 1] = i;
            x[i, 2] = i * i;
            x[i, 3] = 2 + (3 * i) - x[i, 2];
        }

        var act = () => Ols.Estimer(x, [1, 2, 3, 4, 5, 7, 8, 9], ["(intercept)", "a", "b", "sum"]);

        act.Should().Throw<BenchmarkFejlException>().Where(e => e.Type == BenchmarkFejltype.SingulaerModel);
    }

    [Fact]
    public void A_column_of_zeros_is_a_singular_design()
    {
        var x = new double[5, 2];
        for (var i = 0; i < 5; i++) x[i, 0] = 1;

        var act = () => Ols.Estimer(x, [1, 2, 3, 4, 5], ["(intercept)", "nul"]);

        act.Should().Throw<BenchmarkFejlException>().Where(e => e.Type == BenchmarkFejltype.SingulaerModel).WithMessage("*nul*zero*");
    }

    [Fact]
    public void Fewer_municipalities_than_parameters_plus_one_is_refused()
    {
        var act = () => Ols.Estimer(Design([1, 2]), [1, 2], ToKolonner);

        act.Should().Throw<BenchmarkFejlException>().Where(e => e.Type == BenchmarkFejltype.ForFaaKommuner)
            .WithMessage("*2 parameters*at least 3*2*");
    }

    private static double[,] Design(double[] xs)
    {
        var x = new double[xs.Length, 2];
        for (var i = 0; i < xs.Length; i++)
        {
            x[i, 0] = 1;
            x[i, 1] = xs[i];
        }
        return x;
    }
}
