using JobcenterTilsyn.Domain.Benchmark;
using JobcenterTilsyn.Domain.Registre;

namespace JobcenterTilsyn.Domain.Tests.Benchmark;

/// <summary>rules.md §5: a benchmark that cannot be computed is an error with its reason, never a silent fallback.</summary>
public sealed class BenchmarkFejlTests
{
    [Fact]
    public void Missing_befolkning_is_an_error_naming_the_kommunekoder()
    {
        var input = BenchmarkInput.Lineaer(10);
        input.Rammer.RemoveAll(r => r.Variabel == Rammevilkaar.Befolkning && r.Kommunekode is 105 or 103);

        var act = () => input.Beregn();

        act.Should().Throw<BenchmarkFejlException>().Where(e => e.Type == BenchmarkFejltype.ManglendeBefolkning)
            .WithMessage("befolkning_16_66 is missing for 2025 for 2 municipalities: 103, 105.");
    }

    [Fact]
    public void Befolkning_of_another_year_does_not_count()
    {
        var input = BenchmarkInput.Lineaer(10);
        var i = input.Rammer.FindIndex(r => r.Variabel == Rammevilkaar.Befolkning && r.Kommunekode == 110);
        input.Rammer[i] = input.Rammer[i] with { Aar = 2024 };

        var act = () => input.Beregn();

        act.Should().Throw<BenchmarkFejlException>().Where(e => e.Type == BenchmarkFejltype.ManglendeBefolkning)
            .WithMessage("*for 1 municipality: 110.");
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(-5.0)]
    [InlineData(double.NaN)]
    public void Befolkning_that_is_not_positive_is_an_error_naming_the_kommunekoder(double befolkning)
    {
        var input = BenchmarkInput.Lineaer(10);
        foreach (var kode in new short[] { 106, 104 })
        {
            var i = input.Rammer.FindIndex(r => r.Variabel == Rammevilkaar.Befolkning && r.Kommunekode == kode);
            input.Rammer[i] = input.Rammer[i] with { Vaerdi = befolkning };
        }

        var act = () => input.Beregn();

        act.Should().Throw<BenchmarkFejlException>().Where(e => e.Type == BenchmarkFejltype.UgyldigBefolkning)
            .WithMessage("*befolkning_16_66 must be positive*2025*: 104, 106.");
    }

    [Fact]
    public void A_variable_present_for_some_but_not_all_municipalities_is_an_error_naming_it_and_the_missing_ones()
    {
        var input = BenchmarkInput.Lineaer(6);
        input.Rammer.Add(new Rammevilkaar(2025, 101, "andel_enlige", 0.2));
        input.Rammer.Add(new Rammevilkaar(2025, 104, "andel_enlige", 0.3));

        var act = () => input.Beregn();

        act.Should().Throw<BenchmarkFejlException>().Where(e => e.Type == BenchmarkFejltype.UfuldstaendigVariabel)
            .WithMessage("*'andel_enlige' is missing for 2025 for 4 municipalities: 102, 103, 105, 106*");
    }

    [Fact]
    public void Every_incomplete_variable_is_named_in_one_error()
    {
        var input = BenchmarkInput.Lineaer(4);
        input.Rammer.Add(new Rammevilkaar(2025, 102, "ledighed", 0.04));
        input.Rammer.RemoveAll(r => r.Variabel == "x" && r.Kommunekode == 103);

        var act = () => input.Beregn();

        act.Should().Throw<BenchmarkFejlException>().Where(e => e.Type == BenchmarkFejltype.UfuldstaendigVariabel)
            .WithMessage("*'ledighed' is missing for 2025 for 3 municipalities: 101, 103, 104; the variable 'x' is missing for 2025 for 1 municipality: 103.");
    }

    [Fact]
    public void A_variable_present_only_for_municipalities_outside_the_benchmark_is_ignored()
    {
        var input = BenchmarkInput.Lineaer(6);
        input.Rammer.Add(new Rammevilkaar(2025, 999, "kun_udenfor", 1));

        var resultat = input.Beregn();

        resultat.Model.Variabler.Should().Equal("(intercept)", "x");
        resultat.Positioner.Select(p => p.Kommunekode).Should().NotContain(999);
    }

    [Fact]
    public void Too_few_municipalities_for_the_model_is_an_error()
    {
        var input = BenchmarkInput.Lineaer(2);

        var act = () => input.Beregn();

        act.Should().Throw<BenchmarkFejlException>().Where(e => e.Type == BenchmarkFejltype.ForFaaKommuner)
            .WithMessage("*2 parameters*at least 3 municipalities*there are 2*");
    }

    [Fact]
    public void A_benchmark_without_municipalities_is_an_error()
    {
        var act = () => new BenchmarkInput().Beregn();

        act.Should().Throw<BenchmarkFejlException>().Where(e => e.Type == BenchmarkFejltype.ForFaaKommuner);
    }

    [Fact]
    public void Two_identical_variables_make_a_singular_design_named_by_the_later_one()
    {
        var input = new BenchmarkInput();
        for (var i = 0; i < 8; i++)
        {
            input.Kommune((short)(101 + i), 0.05 + (0.003 * i * i), 1000 + (100 * i), ("a_ledighed", i), ("b_ledighed_kopi", i));
        }

        var act = () => input.Beregn();

        act.Should().Throw<BenchmarkFejlException>().Where(e => e.Type == BenchmarkFejltype.SingulaerModel)
            .WithMessage("*'b_ledighed_kopi'*");
    }

    [Fact]
    public void A_variable_that_is_the_same_for_every_municipality_makes_a_singular_design()
    {
        var input = BenchmarkInput.Lineaer(8);
        foreach (var kode in input.Observationer.Select(o => o.Kommunekode).ToList()) input.Rammer.Add(new Rammevilkaar(2025, kode, "konstant", 3));

        var act = () => input.Beregn();

        act.Should().Throw<BenchmarkFejlException>().Where(e => e.Type == BenchmarkFejltype.SingulaerModel)
            .WithMessage("*'konstant'*");
    }
}
