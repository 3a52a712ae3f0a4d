using JobcenterTilsyn.Domain.Benchmark;
using JobcenterTilsyn.Domain.Registre;
using static JobcenterTilsyn.Domain.Tests.Builders.Dato;

namespace JobcenterTilsyn.Domain.Tests.Benchmark;

/// <summary>rules.md §5: faktisk andel, the model, forventet andel and residual as <see cref="Benchmarkberegning.Beregn"/> gives them.</summary>
public sealed class BenchmarkModelTests
{
    [Fact]
    public void Faktisk_forventet_and_residual_follow_the_textbook_regression_of_the_share_on_the_variable()
    {
        // Six municipalities, given out of code order, with different populations.
        short[] koder = [461, 101, 851, 147, 751, 230];
        double[] befolkning = [120_000, 400_000, 130_000, 30_000, 220_000, 60_000];
        double[] fuldtid = [7_900, 31_000, 10_400, 1_500, 15_000, 4_100];
        double[] ledighed = [0.041, 0.052, 0.061, 0.030, 0.047, 0.044];
        var observationer = new List<Kommuneobservation>();
        var rammer = new List<Rammevilkaar>();
        for (var i = 0; i < 6; i++)
        {
            observationer.Add(new Kommuneobservation(koder[i], fuldtid[i]));
            rammer.Add(new Rammevilkaar(2025, koder[i], Rammevilkaar.Befolkning, befolkning[i]));
            rammer.Add(new Rammevilkaar(2025, koder[i], "ledighed", ledighed[i]));
        }

        var resultat = Benchmarkberegning.Beregn(Omraade.Dagpenge, Maaleperiode.Kalenderaar(2025), observationer, rammer);

        // By hand: y = fuldtid ÷ befolkning, b = Sxy/Sxx, a = ȳ − b·x̄.
        var y = Enumerable.Range(0, 6).Select(i => fuldtid[i] / befolkning[i]).ToArray();
        var xBar = ledighed.Average();
        var yBar = y.Average();
        var sxx = ledighed.Sum(v => (v - xBar) * (v - xBar));
        var b = ledighed.Zip(y, (u, v) => (u - xBar) * (v - yBar)).Sum() / sxx;
        var a = yBar - (b * xBar);
        var rss = ledighed.Zip(y, (u, v) => Math.Pow(v - a - (b * u), 2)).Sum();
        var sigma = Math.Sqrt(rss / 4);

        resultat.Omraade.Should().Be(Omraade.Dagpenge);
        resultat.Model.Variabler.Should().Equal(Regressionsmodel.Intercept, "ledighed");
        resultat.Model.Koefficienter[0].Should().BeApproximately(a, 1e-12);
        resultat.Model.Koefficienter[1].Should().BeApproximately(b, 1e-10);
        resultat.Model.Standardfejl[1].Should().BeApproximately(sigma / Math.Sqrt(sxx), 1e-10);
        resultat.Model.N.Should().Be(6);
        resultat.Model.ResidualSpredning.Should().BeApproximately(sigma, 1e-14);
        resultat.Model.RKvadrat.Should().BeApproximately(1 - (rss / y.Sum(v => (v - yBar) * (v - yBar))), 1e-12);

        resultat.Positioner.Select(p => p.Kommunekode).Should().Equal(101, 147, 230, 461, 751, 851);
        for (var i = 0; i < 6; i++)
        {
            var p = resultat.Positioner.Single(q => q.Kommunekode == koder[i]);
            p.Fuldtidspersoner.Should().Be(fuldtid[i]);
            p.Befolkning.Should().Be(befolkning[i]);
            p.FaktiskAndel.Should().BeApproximately(y[i], 1e-15);
            p.ForventetAndel.Should().BeApproximately(a + (b * ledighed[i]), 1e-12);
            p.Residual.Should().BeApproximately(y[i] - a - (b * ledighed[i]), 1e-12);
            p.Residual.Should().Be(p.FaktiskAndel - p.ForventetAndel);
            var se = sigma * Math.Sqrt((1.0 / 6) + (Math.Pow(ledighed[i] - xBar, 2) / sxx));
            p.PrediktionSe.Should().BeApproximately(se, 1e-12);
        }
    }

    [Fact]
    public void Without_explanatory_variables_the_expected_share_is_the_mean_share()
    {
        var input = new BenchmarkInput()
            .Kommune(101, 0.10, 1000)
            .Kommune(147, 0.20, 3000)
            .Kommune(230, 0.06, 500);

        var resultat = input.Beregn();

        resultat.Model.Variabler.Should().Equal(Regressionsmodel.Intercept);
        resultat.Positioner.Should().OnlyContain(p => Math.Abs(p.ForventetAndel - 0.12) < 1e-14);
        resultat.Positioner.Select(p => p.Rang).Should().Equal(2, 3, 1);
    }

    [Fact]
    public void The_explanatory_variables_are_every_other_variable_in_ordinal_name_order()
    {
        var input = new BenchmarkInput();
        for (var i = 0; i < 10; i++)
        {
            input.Kommune((short)(101 + i), 0.05 + (0.001 * ((i * 7) % 10)) + (0.002 * i), 1000,
                ("b_ledighed", i % 4), ("a_enlige", Math.Sqrt(i)), ("Z_indvandrere", i * 0.1 * (i % 3)));
        }

        input.Beregn().Model.Variabler.Should().Equal(Regressionsmodel.Intercept, "Z_indvandrere", "a_enlige", "b_ledighed");
    }

    [Fact]
    public void Framework_conditions_of_other_years_are_not_used()
    {
        var input = BenchmarkInput.Lineaer(8);
        input.Rammer.Add(new Rammevilkaar(2024, 101, "kun_2024", 1));
        input.Rammer.AddRange(input.Observationer.Select(o => new Rammevilkaar(2024, o.Kommunekode, "hele_2024", o.Kommunekode)));

        input.Beregn().Model.Variabler.Should().Equal(Regressionsmodel.Intercept, "x");
    }

    [Fact]
    public void A_rolling_period_uses_the_framework_conditions_of_the_year_it_ends_in()
    {
        var input = BenchmarkInput.Lineaer(8);
        input.Rammer.AddRange(input.Rammer.Select(r => r with { Aar = 2024, Variabel = r.Variabel == "x" ? "x_2024" : r.Variabel }).ToList());

        var resultat = input.Beregn(new Maaleperiode(D("2024-07-01"), D("2025-06-30")));

        resultat.Model.Variabler.Should().Equal(Regressionsmodel.Intercept, "x");
        resultat.Periode.Rammevilkaarsaar.Should().Be(2025);
    }
}
