using JobcenterTilsyn.Domain.Benchmark;

namespace JobcenterTilsyn.Domain.Tests.Benchmark;

/// <summary>rules.md §5: learn from (the three others of the klynge with the lowest residual) and potentiale.</summary>
public sealed class LaerAfOgPotentialeTests
{
    // Inside every block of four consecutive x the residual pattern (5, −9, 3, 1) sums to 0 and is orthogonal to x
    // (5·1 − 9·2 + 3·3 + 1·4 = 0), so OLS on x returns exactly these residuals and forventet = 0.01 + 0.002·x.
    private static readonly int[] Moenster = [5, -9, 3, 1];

    [Fact]
    public void Learn_from_is_the_three_other_members_of_the_klynge_with_the_lowest_residual()
    {
        var resultat = Konstrueret20().Beregn();
        var p = resultat.Positioner.ToDictionary(x => x.Kommunekode);

        // Klynge 1 is 101–104 with residuals 5, −9, 3, 1 (× 0.0001): ascending 102, 104, 103, 101.
        p[101].LaerAf.Should().Equal(102, 104, 103);
        p[102].LaerAf.Should().Equal(104, 103, 101);
        p[103].LaerAf.Should().Equal(102, 104, 101);
        p[104].LaerAf.Should().Equal(102, 103, 101);
        for (var blok = 0; blok < 5; blok++)
        {
            short M(int j) => (short)(101 + (4 * blok) + j);
            p[M(0)].Klynge.Should().Be(blok + 1);
            p[M(3)].Klynge.Should().Be(blok + 1);
            p[M(0)].LaerAf.Should().Equal(M(1), M(3), M(2));
            p[M(1)].LaerAf.Should().Equal(M(3), M(2), M(0));
            p[M(2)].LaerAf.Should().Equal(M(1), M(3), M(0));
            p[M(3)].LaerAf.Should().Equal(M(1), M(2), M(0));
        }
    }

    [Fact]
    public void The_constructed_benchmark_has_the_designed_residuals_forventet_and_rang()
    {
        var resultat = Konstrueret20().Beregn();

        var designet = Enumerable.Range(0, 20).Select(i => (Kode: (short)(101 + i), Residual: Residual(i))).ToList();
        var rang = designet.OrderBy(d => d.Residual).ThenBy(d => d.Kode).Select((d, r) => (d.Kode, Rang: r + 1)).ToDictionary(d => d.Kode, d => d.Rang);
        foreach (var p in resultat.Positioner)
        {
            var i = p.Kommunekode - 101;
            p.Residual.Should().BeApproximately(Residual(i), 1e-12);
            p.ForventetAndel.Should().BeApproximately(0.01 + (0.002 * (i + 1)), 1e-12);
            p.Rang.Should().Be(rang[p.Kommunekode]);
        }
        // The lowest residual is −9 × 1.4 (118), the highest 5 × 1.4 (117).
        resultat.Positioner.Single(p => p.Rang == 1).Kommunekode.Should().Be(118);
        resultat.Positioner.Single(p => p.Rang == 20).Kommunekode.Should().Be(117);
    }

    [Theory]
    [InlineData(10, 1)]
    [InlineData(15, 2)]
    public void In_a_klynge_of_fewer_than_four_learn_from_lists_every_other_member(int n, int andre)
    {
        var resultat = BenchmarkInput.Lineaer(n).Beregn();
        var p = resultat.Positioner;

        foreach (var pos in p)
        {
            var forventet = p.Where(o => o.Klynge == pos.Klynge && o.Kommunekode != pos.Kommunekode)
                .OrderBy(o => o.Residual).ThenBy(o => o.Kommunekode).Select(o => o.Kommunekode).ToList();
            forventet.Should().HaveCount(andre);
            pos.LaerAf.Should().Equal(forventet);
        }
    }

    [Fact]
    public void A_municipality_alone_in_its_klynge_has_no_one_to_learn_from()
    {
        // Four municipalities: positions 0–3 get klynger 1, 2, 3, 4.
        var resultat = BenchmarkInput.Lineaer(4).Beregn();

        resultat.Positioner.Select(p => p.Klynge).Should().OnlyHaveUniqueItems();
        resultat.Positioner.Should().OnlyContain(p => p.LaerAf.Count == 0);
    }

    [Fact]
    public void With_98_municipalities_everyone_learns_from_three_others_of_its_own_klynge_never_itself()
    {
        var p = BenchmarkInput.Lineaer(98).Beregn().Positioner;
        var efterKode = p.ToDictionary(x => x.Kommunekode);

        foreach (var pos in p)
        {
            pos.LaerAf.Should().HaveCount(3).And.OnlyHaveUniqueItems().And.NotContain(pos.Kommunekode);
            pos.LaerAf.Should().OnlyContain(k => efterKode[k].Klynge == pos.Klynge);
            var vaerste = pos.LaerAf.Max(k => efterKode[k].Residual);
            p.Where(o => o.Klynge == pos.Klynge && o.Kommunekode != pos.Kommunekode && !pos.LaerAf.Contains(o.Kommunekode))
                .Should().OnlyContain(o => o.Residual >= vaerste, "nobody left out has a lower residual");
        }
    }

    [Fact]
    public void Potentiale_is_the_residual_times_befolkning_in_persons()
    {
        // 1.2 points worse than expected in a population of 50,000: 600 fuldtidspersoner.
        var p = Position(residual: 0.012, befolkning: 50_000);

        p.PotentialePersoner.Should().BeApproximately(600, 1e-9);
    }

    [Fact]
    public void A_better_than_expected_municipality_has_a_negative_potentiale()
    {
        var p = Position(residual: -0.004, befolkning: 50_000);

        p.PotentialePersoner.Should().BeApproximately(-200, 1e-9);
    }

    [Fact]
    public void In_a_computed_benchmark_potentiale_is_fuldtidspersoner_minus_the_expected_number()
    {
        foreach (var p in BenchmarkInput.Lineaer(12).Beregn().Positioner)
        {
            p.PotentialePersoner.Should().BeApproximately(p.Fuldtidspersoner - (p.ForventetAndel * p.Befolkning), 1e-9);
        }
    }

    private static double Residual(int i) => 0.0001 * (1 + (0.1 * (i / 4))) * Moenster[i % 4];

    private static BenchmarkInput Konstrueret20()
    {
        var input = new BenchmarkInput();
        for (var i = 0; i < 20; i++)
        {
            var x = i + 1.0;
            input.Kommune((short)(101 + i), 0.01 + (0.002 * x) + Residual(i), 1000, ("x", x));
        }
        return input;
    }

    private static Benchmarkposition Position(double residual, double befolkning) =>
        new(101, 0, befolkning, 0.05 + residual, 0.05, residual, 0.001, 1, 1, []);
}
