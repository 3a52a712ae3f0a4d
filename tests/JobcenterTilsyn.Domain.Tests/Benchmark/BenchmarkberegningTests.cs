using JobcenterTilsyn.Domain.Benchmark;
using JobcenterTilsyn.Domain.Registre;

namespace JobcenterTilsyn.Domain.Tests.Benchmark;

public sealed class BenchmarkberegningTests
{
    private static readonly Maaleperiode Aar2025 = Maaleperiode.Kalenderaar(2025);

    [Fact]
    public void Klynge_sizes_for_98_municipalities_follow_the_formula()
    {
        var kommuner = Kommuner(98);
        var klynger = Benchmarkberegning.Klynger(kommuner, kommuner.Select(k => (double)k.Kommunekode).ToList());

        // ⌊5i/98⌋+1 by hand: i 0–19 → 1, 20–39 → 2, 40–58 → 3, 59–78 → 4, 79–97 → 5.
        klynger.GroupBy(k => k).OrderBy(g => g.Key).Select(g => g.Count()).Should().Equal(20, 20, 19, 20, 19);
    }

    [Theory]
    [InlineData(1, new[] { 1 })]
    [InlineData(3, new[] { 1, 2, 4 })]
    [InlineData(5, new[] { 1, 2, 3, 4, 5 })]
    [InlineData(7, new[] { 1, 1, 2, 3, 3, 4, 5 })]
    [InlineData(10, new[] { 1, 1, 2, 2, 3, 3, 4, 4, 5, 5 })]
    public void Klynge_of_each_position_is_floor_of_5i_over_n_plus_1(int n, int[] forventet)
    {
        var kommuner = Kommuner(n);
        // Expected shares descending by code, so position order is the reverse of code order.
        var klynger = Benchmarkberegning.Klynger(kommuner, kommuner.Select(k => -(double)k.Kommunekode).ToList());

        klynger.Reverse().Should().Equal(forventet);
    }

    [Fact]
    public void Ties_in_residual_rank_by_kommunekode()
    {
        var kommuner = new List<Kommuneobservation> { new(300, 0), new(101, 0), new(200, 0) };
        double[] residual = [0.01, 0.01, -0.02];

        var rang = Benchmarkberegning.Rangorden(kommuner, i => residual[i]);

        rang.Should().Equal(3, 2, 1);
    }

    [Fact]
    public void Ties_in_expected_share_place_the_smaller_code_first_in_klynger()
    {
        var kommuner = Kommuner(5);
        var klynger = Benchmarkberegning.Klynger(kommuner, [0.1, 0.1, 0.1, 0.1, 0.1]);

        klynger.Should().Equal(1, 2, 3, 4, 5);
    }

    [Fact]
    public void Residual_rank_klynge_learn_from_and_potentiale_of_a_small_benchmark()
    {
        // 10 kommuner, befolkning 1000, one variable x; fuldtidspersoner chosen so faktisk = 0.01·x + noise.
        var (obs, ramme) = Lille(10);
        var res = Benchmarkberegning.Beregn(Omraade.Alle, Aar2025, obs, ramme);

        res.Model.Variabler.Should().Equal("(intercept)", "x");
        res.Model.N.Should().Be(10);
        var p = res.Positioner;
        p.Select(x => x.Rang).Should().BeEquivalentTo(Enumerable.Range(1, 10));
        foreach (var pos in p)
        {
            pos.Residual.Should().BeApproximately(pos.FaktiskAndel - pos.ForventetAndel, 1e-15);
            pos.FaktiskAndel.Should().BeApproximately(pos.Fuldtidspersoner / 1000, 1e-15);
            pos.PotentialePersoner.Should().BeApproximately(pos.Residual * 1000, 1e-12);
            pos.LaerAf.Should().NotContain(pos.Kommunekode).And.HaveCount(1, "a klynge of 2 has one other member");
            p.Single(x => x.Kommunekode == pos.LaerAf[0]).Klynge.Should().Be(pos.Klynge);
        }
        p.OrderBy(x => x.Residual).First().Rang.Should().Be(1);
    }

    [Fact]
    public void Learn_from_is_the_three_others_of_the_klynge_with_the_lowest_residual()
    {
        var (obs, ramme) = Lille(40);
        var res = Benchmarkberegning.Beregn(Omraade.Alle, Aar2025, obs, ramme);

        foreach (var pos in res.Positioner)
        {
            var forventet = res.Positioner.Where(o => o.Klynge == pos.Klynge && o.Kommunekode != pos.Kommunekode)
                .OrderBy(o => o.Residual).ThenBy(o => o.Kommunekode).Take(3).Select(o => o.Kommunekode);
            pos.LaerAf.Should().Equal(forventet);
        }
    }

    [Fact]
    public void Missing_befolkning_names_the_municipalities()
    {
        var (obs, ramme) = Lille(10);
        ramme.RemoveAll(r => r.Variabel == Rammevilkaar.Befolkning && r.Kommunekode is 103 or 105);

        var act = () => Benchmarkberegning.Beregn(Omraade.Alle, Aar2025, obs, ramme);

        act.Should().Throw<BenchmarkFejlException>().Where(e => e.Type == BenchmarkFejltype.ManglendeBefolkning)
            .WithMessage("*befolkning_16_66*2025*103, 105*");
    }

    [Fact]
    public void Zero_befolkning_is_refused()
    {
        var (obs, ramme) = Lille(10);
        var i = ramme.FindIndex(r => r.Variabel == Rammevilkaar.Befolkning && r.Kommunekode == 104);
        ramme[i] = ramme[i] with { Vaerdi = 0 };

        var act = () => Benchmarkberegning.Beregn(Omraade.Alle, Aar2025, obs, ramme);

        act.Should().Throw<BenchmarkFejlException>().Where(e => e.Type == BenchmarkFejltype.UgyldigBefolkning).WithMessage("*104*");
    }

    [Fact]
    public void A_variable_missing_for_some_municipalities_names_it_and_them()
    {
        var (obs, ramme) = Lille(10);
        ramme.Add(new Rammevilkaar(2025, 101, "andel_enlige", 0.2));
        ramme.Add(new Rammevilkaar(2025, 102, "andel_enlige", 0.3));

        var act = () => Benchmarkberegning.Beregn(Omraade.Alle, Aar2025, obs, ramme);

        act.Should().Throw<BenchmarkFejlException>().Where(e => e.Type == BenchmarkFejltype.UfuldstaendigVariabel)
            .WithMessage("*'andel_enlige'*8 municipalities*103, 104, 105, 106, 107, 108, 109, 110*");
    }

    [Fact]
    public void Framework_conditions_of_other_years_are_not_used()
    {
        var (obs, ramme) = Lille(10);
        ramme.Add(new Rammevilkaar(2024, 101, "kun_2024", 1));

        var res = Benchmarkberegning.Beregn(Omraade.Alle, Aar2025, obs, ramme);

        res.Model.Variabler.Should().NotContain("kun_2024");
    }

    [Fact]
    public void Too_few_municipalities_for_the_model_is_an_error()
    {
        var (obs, ramme) = Lille(2);

        var act = () => Benchmarkberegning.Beregn(Omraade.Alle, Aar2025, obs, ramme);

        act.Should().Throw<BenchmarkFejlException>().Where(e => e.Type == BenchmarkFejltype.ForFaaKommuner);
    }

    private static List<Kommuneobservation> Kommuner(int n) =>
        Enumerable.Range(0, n).Select(i => new Kommuneobservation((short)(101 + i), 0)).ToList();

    private static (List<Kommuneobservation> Obs, List<Rammevilkaar> Ramme) Lille(int n)
    {
        var obs = new List<Kommuneobservation>();
        var ramme = new List<Rammevilkaar>();
        for (var i = 0; i < n; i++)
        {
            var kode = (short)(101 + i);
            var x = 1.0 + i;
            var stoej = ((i * 37) % 7 - 3) * 0.001;
            obs.Add(new Kommuneobservation(kode, 1000 * ((0.01 * x) + stoej)));
            ramme.Add(new Rammevilkaar(2025, kode, Rammevilkaar.Befolkning, 1000));
            ramme.Add(new Rammevilkaar(2025, kode, "x", x));
        }
        return (obs, ramme);
    }
}
