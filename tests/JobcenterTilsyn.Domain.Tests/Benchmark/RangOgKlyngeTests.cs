using JobcenterTilsyn.Domain.Benchmark;

namespace JobcenterTilsyn.Domain.Tests.Benchmark;

/// <summary>rules.md §5: rang by residual, klynge by forventet andel.</summary>
public sealed class RangOgKlyngeTests
{
    [Fact]
    public void Rang_is_residual_ascending_with_1_as_the_best()
    {
        var kommuner = Kommuner(230, 101, 147, 851);
        double[] residual = [0.01, -0.02, 0.03, -0.005];

        Benchmarkberegning.Rangorden(kommuner, i => residual[i]).Should().Equal(3, 1, 4, 2);
    }

    [Fact]
    public void Ties_in_residual_are_ranked_by_kommunekode_ascending()
    {
        var kommuner = Kommuner(851, 147, 230, 101);
        double[] residual = [0, 0, -0.01, 0];

        Benchmarkberegning.Rangorden(kommuner, i => residual[i]).Should().Equal(4, 3, 1, 2);
    }

    [Fact]
    public void Klynge_sizes_for_98_municipalities_follow_the_formula()
    {
        var kommuner = Kommuner(Enumerable.Range(101, 98).Select(k => (short)k).ToArray());
        var forventet = kommuner.Select(k => (double)k.Kommunekode).ToList();

        var klynger = Benchmarkberegning.Klynger(kommuner, forventet);

        // By the formula: klynge k holds the positions i in 0…97 with ⌊5i/98⌋ + 1 = k.
        var forventedeStoerrelser = Enumerable.Range(1, 5).Select(k => Enumerable.Range(0, 98).Count(i => (5 * i / 98) + 1 == k)).ToArray();
        forventedeStoerrelser.Should().Equal([20, 20, 19, 20, 19], "positions 0–19, 20–39, 40–58, 59–78, 79–97");
        Enumerable.Range(1, 5).Select(k => klynger.Count(x => x == k)).Should().Equal(forventedeStoerrelser);
    }

    [Theory]
    [InlineData(1, new[] { 1 })]
    [InlineData(3, new[] { 1, 2, 4 })]
    [InlineData(5, new[] { 1, 2, 3, 4, 5 })]
    [InlineData(7, new[] { 1, 1, 2, 3, 3, 4, 5 })]
    [InlineData(10, new[] { 1, 1, 2, 2, 3, 3, 4, 4, 5, 5 })]
    public void Klynge_at_position_i_of_a_small_n_is_floor_of_5i_over_n_plus_1(int n, int[] vedPosition)
    {
        vedPosition.Should().Equal(Enumerable.Range(0, n).Select(i => (5 * i / n) + 1), "the table is the formula worked by hand");
        // Codes ascending but forventet descending: position i is the (n−1−i)-th municipality by code.
        var kommuner = Kommuner(Enumerable.Range(101, n).Select(k => (short)k).ToArray());
        var forventet = kommuner.Select(k => -(double)k.Kommunekode).ToList();

        var klynger = Benchmarkberegning.Klynger(kommuner, forventet);

        klynger.AsEnumerable().Reverse().Should().Equal(vedPosition);
    }

    [Fact]
    public void Ties_in_forventet_are_placed_by_kommunekode_ascending()
    {
        var kommuner = Kommuner(230, 101, 147, 851, 461);

        var klynger = Benchmarkberegning.Klynger(kommuner, [0.1, 0.1, 0.1, 0.1, 0.1]);

        // Positions by code: 101 → 0, 147 → 1, 230 → 2, 461 → 3, 851 → 4.
        klynger.Should().Equal(3, 1, 2, 5, 4);
    }

    [Fact]
    public void In_a_computed_benchmark_klynger_are_bands_of_forventet_andel_and_rang_orders_the_residuals()
    {
        var resultat = BenchmarkInput.Lineaer(98).Beregn();
        var p = resultat.Positioner;

        p.Select(x => x.Rang).Should().BeEquivalentTo(Enumerable.Range(1, 98));
        p.OrderBy(x => x.Rang).Select(x => x.Residual).Should().BeInAscendingOrder();
        Enumerable.Range(1, 5).Select(k => p.Count(x => x.Klynge == k)).Should().Equal(20, 20, 19, 20, 19);
        for (var k = 1; k < 5; k++)
        {
            p.Where(x => x.Klynge == k).Max(x => x.ForventetAndel)
                .Should().BeLessThanOrEqualTo(p.Where(x => x.Klynge == k + 1).Min(x => x.ForventetAndel));
        }
    }

    private static List<Kommuneobservation> Kommuner(params short[] koder) =>
        koder.Select(k => new Kommuneobservation(k, 0)).ToList();
}
