using JobcenterTilsyn.Domain.Fokusmaal;

namespace JobcenterTilsyn.Domain.Tests.Fokusmaal;

public sealed class MaalopfyldelseTests
{
    [Theory]
    [InlineData(7, 10, 0.70, true)]
    [InlineData(6, 10, 0.70, false)]
    [InlineData(69, 100, 0.70, false)]
    [InlineData(70, 100, 0.70, true)]
    [InlineData(8, 10, 0.80, true)]
    [InlineData(4, 5, 0.80, true)]
    [InlineData(79999, 100000, 0.80, false)]
    [InlineData(55, 100, 0.55, true)]
    [InlineData(0, 3, 0.0, true)]
    [InlineData(3, 3, 1.0, true)]
    public void A_goal_is_met_when_the_share_reaches_the_threshold_exactly(int taeller, int naevner, double graense, bool opfyldt) =>
        Maalopfyldelse.Opfyldt(taeller, naevner, graense).Should().Be(opfyldt);

    [Fact]
    public void Floating_point_never_flips_the_comparison_at_the_threshold()
    {
        // taeller >= graense * naevner in doubles goes wrong for some thresholds (0.55 * 100 is 55.00000000000001);
        // the comparison must be the exact rational one for every threshold an administrator may write.
        var forkerte = new List<string>();
        foreach (var (graense, hundrededele) in new[] { (0.70, 70), (0.80, 80), (0.55, 55), (0.65, 65), (0.10, 10) })
        {
            for (var naevner = 1; naevner <= 2000; naevner++)
            {
                for (var taeller = 0; taeller <= naevner; taeller++)
                {
                    if (Maalopfyldelse.Opfyldt(taeller, naevner, graense) != (100L * taeller >= (long)hundrededele * naevner))
                    {
                        forkerte.Add($"{taeller}/{naevner} at {graense}");
                    }
                }
            }
        }

        forkerte.Should().BeEmpty();
    }

    [Fact]
    public void Without_a_threshold_or_a_denominator_there_is_no_verdict()
    {
        Maalopfyldelse.Opfyldt(0, 0, 0.70).Should().BeNull();
        Maalopfyldelse.Opfyldt(3, 10, null).Should().BeNull();
    }
}
