using JobcenterTilsyn.Web.Components.UI.Diagram;

namespace JobcenterTilsyn.Web.Tests.Pages.Diagram;

public sealed class AkseinddelingTests
{
    [Fact]
    public void A_small_range_such_as_dagpenge_gets_quarter_point_ticks_with_two_decimals()
    {
        var akse = Akseinddeling.For([0.0065, 0.0123, 0.0171], 4, 0, 1);

        akse.Trin.Should().Be(0.0025);
        akse.Tick.Should().Equal(0.005, 0.0075, 0.01, 0.0125, 0.015, 0.0175);
        akse.Decimaler(100).Should().Be(2);
    }

    [Fact]
    public void A_range_under_one_point_gets_at_least_four_ticks()
    {
        var akse = Akseinddeling.For([0.0061, 0.0129], 4, 0, 1);

        akse.Trin.Should().Be(0.001);
        akse.Tick.Should().Equal(0.006, 0.007, 0.008, 0.009, 0.01, 0.011, 0.012, 0.013);
        akse.Decimaler(100).Should().Be(1);
    }

    [Fact]
    public void A_usual_share_range_gets_five_point_ticks_inside_zero_and_one()
    {
        var akse = Akseinddeling.For([0.58, 0.83, 0.7], 4, 0, 1);

        akse.Tick.Should().Equal(0.55, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85);
        Akseinddeling.For([0.02, 0.99], 4, 0, 1).Tick.Should().Equal(0, 0.2, 0.4, 0.6, 0.8, 1);
    }

    [Fact]
    public void One_value_gets_air_around_it_and_no_values_give_zero_to_one()
    {
        var akse = Akseinddeling.For([0.5], 4, 0, 1);
        akse.Min.Should().BeLessThan(0.5);
        akse.Max.Should().BeGreaterThan(0.5);
        akse.Tick.Count.Should().BeGreaterThanOrEqualTo(4);

        Akseinddeling.For([], 4, 0, 1).Tick.Should().Equal(0, 0.2, 0.4, 0.6, 0.8, 1);
    }

    [Fact]
    public void Dagpenge_up_to_three_percent_get_half_point_ticks()
    {
        var akse = Akseinddeling.For([0, 0.0132, 0.029], 4, 0, 1);

        akse.Tick.Should().Equal(0, 0.005, 0.01, 0.015, 0.02, 0.025, 0.03);
        akse.Decimaler(100).Should().Be(1);
    }

    [Fact]
    public void Ticks_carry_no_binary_noise()
    {
        var akse = Akseinddeling.For([0.1, 0.42], 4);

        akse.Tick.Should().Contain(0.3).And.OnlyContain(t => Math.Round(t, 10) == t);
    }
}
