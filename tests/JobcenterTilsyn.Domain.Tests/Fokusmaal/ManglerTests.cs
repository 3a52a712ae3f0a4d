using JobcenterTilsyn.Domain.Fokusmaal;

namespace JobcenterTilsyn.Domain.Tests.Fokusmaal;

/// <summary>rules.md §11, mangler: max(0, ⌈g·n⌉ − t), exact on the threshold as written.</summary>
public sealed class ManglerTests
{
    [Theory]
    [InlineData(312, 450, 0.70, 3)]     // the rule's example: ⌈315⌉ − 312
    [InlineData(7, 10, 0.70, 0)]        // 0.7 × 10 is exactly 7: a floating-point ceil would give 8 and mangler 1
    [InlineData(6, 10, 0.70, 1)]
    [InlineData(0, 10, 0.70, 7)]
    [InlineData(10, 10, 0.70, 0)]
    [InlineData(79, 100, 0.80, 1)]
    [InlineData(1, 3, 0.80, 2)]         // ⌈2.4⌉ = 3
    [InlineData(57, 81, 0.70, 0)]       // ⌈56.7⌉ = 57
    [InlineData(0, 1, 0.70, 1)]
    public void Mangler_is_the_fewest_extra_persons_that_meet_the_goal(int taeller, int naevner, double graense, int mangler)
    {
        Mangler.Beregn(taeller, naevner, graense).Should().Be(mangler);
        new Maaltal(taeller, naevner, graense).Mangler.Should().Be(mangler);
    }

    [Fact]
    public void Mangler_agrees_with_met_or_not_met()
    {
        for (var n = 1; n <= 300; n++)
        {
            for (var t = 0; t <= n; t++)
            {
                foreach (var g in new[] { 0.70, 0.80, 0.75, 0.333 })
                {
                    var tal = new Maaltal(t, n, g);
                    (tal.Mangler == 0).Should().Be(tal.Opfyldt == true, $"{t} of {n} at {g}");
                }
            }
        }
    }

    [Fact]
    public void There_is_no_mangler_without_a_denominator_or_a_threshold()
    {
        Mangler.Beregn(0, 0, 0.70).Should().BeNull();
        Mangler.Beregn(3, 10, null).Should().BeNull();
    }

    [Fact]
    public void Pooling_sums_numerators_and_denominators()
    {
        var puljet = Maaltal.Pulj([new Maaltal(7, 10, 0.70), new Maaltal(1, 5, 0.70), new Maaltal(0, 0, 0.70)], 0.75);

        puljet.Should().Be(new Maaltal(8, 15, 0.75));
        puljet.Andel.Should().BeApproximately(8.0 / 15, 1e-12);
        puljet.Mangler.Should().Be(4);   // ⌈11.25⌉ − 8
    }
}
