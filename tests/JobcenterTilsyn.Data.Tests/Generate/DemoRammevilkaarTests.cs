using JobcenterTilsyn.Cli.Generate;
using JobcenterTilsyn.Data.Reference;
using JobcenterTilsyn.Domain.Registre;

namespace JobcenterTilsyn.Data.Tests.Generate;

public sealed class DemoRammevilkaarTests(SmaaDemoData demo) : IClassFixture<SmaaDemoData>
{
    private static readonly int[] Aar = [2022, 2023, 2024, 2025];

    [Fact]
    public void Every_year_and_kommune_has_befolkning_and_at_least_five_explanatory_variables()
    {
        var variable = demo.Data.Rammevilkaar.Select(r => r.Variabel).Distinct().ToList();
        variable.Should().Contain(Rammevilkaar.Befolkning);
        variable.Count(v => v != Rammevilkaar.Befolkning).Should().BeGreaterThanOrEqualTo(5);

        var noegler = demo.Data.Rammevilkaar.Select(r => (r.Aar, r.Kommunekode, r.Variabel)).ToList();
        noegler.Should().OnlyHaveUniqueItems();
        noegler.Should().HaveCount(Aar.Length * 98 * variable.Count);
        demo.Data.Rammevilkaar.Select(r => r.Aar).Distinct().Should().BeEquivalentTo(Aar);
        demo.Data.Rammevilkaar.Should().OnlyContain(r => r.Vaerdi > 0);
    }

    [Fact]
    public void Variables_change_a_little_from_year_to_year()
    {
        var serier = demo.Data.Rammevilkaar.Where(r => r.Variabel != Rammevilkaar.Befolkning)
            .GroupBy(r => (r.Kommunekode, r.Variabel)).Select(g => g.OrderBy(r => r.Aar).Select(r => r.Vaerdi).ToList()).ToList();

        serier.Should().OnlyContain(s => s.Max() / s.Min() < 1.5);
        serier.Count(s => s.Distinct().Count() > 1).Should().BeGreaterThan(serier.Count / 2);
    }

    [Fact]
    public void National_befolkning_is_about_65_percent_of_the_population()
    {
        var profiler = DemoKommuneprofil.Byg(1, KommuneReferencedata.Kommuner, DemoScale.National);

        profiler.Should().HaveCount(98);
        profiler.Should().OnlyContain(p => p.Befolkning.All(b => b >= 0.58 * p.Kommune.Indbyggere && b <= 0.72 * p.Kommune.Indbyggere));
    }

    [Fact]
    public void An_ols_benchmark_on_the_small_set_finds_signal_and_real_residuals()
    {
        foreach (var aar in Aar)
        {
            var (x, y) = Observationer(demo.Data, demo.Overslag, aar);
            var r2 = Ols.RKvadrat(x, y);
            r2.Should().BeInRange(0.55, 0.97, $"the model should explain much but not all of {aar}'s shares");
            y.Average().Should().BeInRange(0.04, 0.10);
        }
    }

    [Fact]
    public void Persons_per_befolkning_correlate_with_the_model_share_of_the_variables()
    {
        var personer = demo.Data.Perioder.GroupBy(p => p.PersonId)
            .GroupBy(g => g.OrderBy(p => p.Start).First().Kommunekode).ToDictionary(g => g.Key, g => g.Count());
        var rv = demo.Data.Rammevilkaar.Where(r => r.Aar == 2023).GroupBy(r => r.Kommunekode).ToList();
        var andel = rv.Select(g => personer[g.Key] / g.Single(r => r.Variabel == Rammevilkaar.Befolkning).Vaerdi).ToList();
        var model = rv.Select(g => Rammevilkaarsmodel.ForventetAndel(
            Rammevilkaarsmodel.ForklarendeVariable.Select(v => g.Single(r => r.Variabel == v).Vaerdi).ToArray())).ToList();

        Ols.Korrelation(model, andel).Should().BeGreaterThan(0.5);
    }

    [Fact]
    public void With_befolkning_from_the_population_the_shares_still_follow_the_variables()
    {
        // The national mechanism (befolkning from indbyggere, persons ∝ befolkning × share) at a test-friendly size.
        var mappe = Path.Combine(Path.GetTempPath(), "jt-demo-mellem-" + Guid.NewGuid().ToString("N"));
        try
        {
            DemoDataGenerator.Generer(mappe, 5, new DemoScale("mellem", 60_000, 0, BefolkningFraAndel: false));
            var data = DemoDatasaet.Laes(mappe, medSamtaler: false);
            var overslag = new DemoOverslag(data);
            foreach (var aar in new[] { 2022, 2025 })
            {
                var (x, y) = Observationer(data, overslag, aar);
                Ols.RKvadrat(x, y).Should().BeInRange(0.5, 0.97, $"{aar}");
                y.Min().Should().BeGreaterThan(0.01);
                y.Max().Should().BeLessThan(0.2);
            }
        }
        finally
        {
            Directory.Delete(mappe, recursive: true);
        }
    }

    /// <summary>Per kommune: the explanatory variables and the actual share (full-time persons ÷ befolkning).</summary>
    private static (List<double[]> X, List<double> Y) Observationer(DemoDatasaet data, DemoOverslag overslag, int aar)
    {
        var fuldtid = overslag.Fuldtidspersoner(aar);
        var x = new List<double[]>();
        var y = new List<double>();
        foreach (var g in data.Rammevilkaar.Where(r => r.Aar == aar).GroupBy(r => r.Kommunekode).OrderBy(g => g.Key))
        {
            y.Add(fuldtid.GetValueOrDefault(g.Key) / g.Single(r => r.Variabel == Rammevilkaar.Befolkning).Vaerdi);
            x.Add(g.Where(r => r.Variabel != Rammevilkaar.Befolkning).OrderBy(r => r.Variabel, StringComparer.Ordinal).Select(r => r.Vaerdi).ToArray());
        }
        return (x, y);
    }
}
