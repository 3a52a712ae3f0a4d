using JobcenterTilsyn.Domain.Benchmark;

namespace JobcenterTilsyn.Domain.Tests.Benchmark;

/// <summary>
/// The intervals of <see cref="Benchmarkusikkerhed"/> on a synthetic model with known coefficients: y = Xβ + u, u ~ N(0, σ²),
/// so each municipality's true residual is u and its true rang the rang of u.
/// </summary>
public sealed class BenchmarkusikkerhedTests
{
    private const int N = 98;
    private static readonly double[] Beta = [0.05, 0.02, -0.01, 0.004];
    private const double Sigma = 0.006;

    [Fact]
    public void The_same_seed_gives_the_same_intervals()
    {
        var (x, y) = Simuler(new Random(1));
        var indstilling = new Bootstrapindstilling(500, 42, 0.90);

        var foerste = Intervaller(x, y, indstilling);
        var anden = Intervaller(x, y, indstilling);

        anden.Should().Equal(foerste);
    }

    [Fact]
    public void Another_seed_moves_some_rang_limit()
    {
        var (x, y) = Simuler(new Random(1));

        var a = Intervaller(x, y, new Bootstrapindstilling(500, 42, 0.90));
        var b = Intervaller(x, y, new Bootstrapindstilling(500, 43, 0.90));

        a.Should().NotEqual(b);
        a.Select(u => u.ResidualLav).Should().Equal(b.Select(u => u.ResidualLav), "the residual interval is analytic, not simulated");
    }

    [Fact]
    public void Every_interval_contains_the_point_estimate()
    {
        var (x, y) = Simuler(new Random(2));
        var estimat = Ols.Estimer(x, y, Navne);
        var residual = y.Select((v, i) => v - estimat.Fitted[i]).ToArray();
        var rang = Rang(residual);

        var intervaller = Benchmarkusikkerhed.Beregn(x, residual, estimat.FittedStandardfejl, estimat.Sigma, rang, new Bootstrapindstilling(300, 7, 0.90));

        for (var i = 0; i < N; i++)
        {
            intervaller[i].ResidualLav.Should().BeLessThan(residual[i]);
            intervaller[i].ResidualHoej.Should().BeGreaterThan(residual[i]);
            rang[i].Should().BeInRange(intervaller[i].RangLav, intervaller[i].RangHoej);
        }
    }

    /// <summary>
    /// 200 data sets × 98 municipalities, 300 replicates each. Measured with 1,000 data sets × 2,000 replicates: residual
    /// 0.896, rang 0.924 (docs/rules-as-implemented.md). The rang interval is conservative: ranks are whole numbers and the
    /// interval always contains the point rang. The bounds allow for the simulation's own error.
    /// </summary>
    [Fact]
    public void Ninety_percent_intervals_cover_the_true_residual_and_rang_about_ninety_percent_of_the_time()
    {
        var (residualDaekning, rangDaekning) = MaalDaekning(datasaet: 200, bootstrap: 300, seed: 2025);

        residualDaekning.Should().BeInRange(0.87, 0.93);
        rangDaekning.Should().BeInRange(0.88, 0.95);
    }

    [Fact]
    public void The_bootstrap_of_98_municipalities_in_4_omraader_with_2000_replicates_takes_under_10_seconds()
    {
        var random = new Random(9);
        var x = new double[N, 10];
        var y = new double[N];
        for (var i = 0; i < N; i++)
        {
            x[i, 0] = 1;
            for (var j = 1; j < 10; j++) x[i, j] = Normal(random);
            y[i] = 0.05 + (0.01 * x[i, 1]) + (Sigma * Normal(random));
        }
        var navne = Enumerable.Range(0, 10).Select(j => $"v{j}").ToArray();

        var ur = System.Diagnostics.Stopwatch.StartNew();
        for (var omraade = 0; omraade < 4; omraade++)
        {
            var estimat = Ols.Estimer(x, y, navne);
            var residual = y.Select((v, i) => v - estimat.Fitted[i]).ToArray();
            Benchmarkusikkerhed.Beregn(x, residual, estimat.FittedStandardfejl, estimat.Sigma, Rang(residual), Bootstrapindstilling.Standard);
        }
        ur.Stop();

        ur.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(10));
    }

    [Theory]
    [InlineData(70, 85, 78, true)]
    [InlineData(79, 85, 78, false)]
    [InlineData(60, 78, 78, false)]
    [InlineData(78, 79, 78, true)]
    public void The_result_criterion_can_flip_when_the_rang_interval_straddles_its_limit(int lav, int hoej, int graenseRang, bool kanSkifte)
    {
        new Usikkerhed(0, 0, lav, hoej).KanSkifteResultatkriterie(graenseRang).Should().Be(kanSkifte);
    }

    internal static (double Residual, double Rang) MaalDaekning(int datasaet, int bootstrap, int seed)
    {
        var random = new Random(seed);
        int residualTraef = 0, rangTraef = 0;
        for (var s = 0; s < datasaet; s++)
        {
            var (x, y, u) = SimulerMedSandhed(random, Sigma);
            var estimat = Ols.Estimer(x, y, Navne);
            var residual = y.Select((v, i) => v - estimat.Fitted[i]).ToArray();
            var intervaller = Benchmarkusikkerhed.Beregn(
                x, residual, estimat.FittedStandardfejl, estimat.Sigma, Rang(residual), new Bootstrapindstilling(bootstrap, s + 1, 0.90));
            var sandRang = Rang(u);
            for (var i = 0; i < N; i++)
            {
                if (u[i] >= intervaller[i].ResidualLav && u[i] <= intervaller[i].ResidualHoej) residualTraef++;
                if (sandRang[i] >= intervaller[i].RangLav && sandRang[i] <= intervaller[i].RangHoej) rangTraef++;
            }
        }
        return ((double)residualTraef / (datasaet * N), (double)rangTraef / (datasaet * N));
    }

    private static readonly string[] Navne = ["(intercept)", "a", "b", "c"];

    private static Usikkerhed[] Intervaller(double[,] x, double[] y, Bootstrapindstilling indstilling)
    {
        var estimat = Ols.Estimer(x, y, Navne);
        var residual = y.Select((v, i) => v - estimat.Fitted[i]).ToArray();
        return Benchmarkusikkerhed.Beregn(x, residual, estimat.FittedStandardfejl, estimat.Sigma, Rang(residual), indstilling);
    }

    private static (double[,] X, double[] Y) Simuler(Random random)
    {
        var (x, y, _) = SimulerMedSandhed(random, Sigma);
        return (x, y);
    }

    private static (double[,] X, double[] Y, double[] U) SimulerMedSandhed(Random random, double sigma)
    {
        var x = new double[N, Beta.Length];
        var y = new double[N];
        var u = new double[N];
        for (var i = 0; i < N; i++)
        {
            x[i, 0] = 1;
            for (var j = 1; j < Beta.Length; j++) x[i, j] = Normal(random);
            u[i] = sigma * Normal(random);
            y[i] = u[i];
            for (var j = 0; j < Beta.Length; j++) y[i] += Beta[j] * x[i, j];
        }
        return (x, y, u);
    }

    private static int[] Rang(double[] vaerdier)
    {
        var orden = Enumerable.Range(0, vaerdier.Length).OrderBy(i => vaerdier[i]).ThenBy(i => i).ToArray();
        var rang = new int[vaerdier.Length];
        for (var pos = 0; pos < orden.Length; pos++) rang[orden[pos]] = pos + 1;
        return rang;
    }

    private static double Normal(Random random) =>
        Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
}
