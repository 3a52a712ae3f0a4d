using JobcenterTilsyn.Web.Components.UI;

namespace JobcenterTilsyn.Web.Tests.Pages.UI;

public sealed class TalOgAntalTests
{
    [Fact]
    public void Shares_read_as_danish_percentages_with_one_decimal()
    {
        Tal.Procent(0.723).Should().Be("72,3 %");
        Tal.Procent(1.0).Should().Be("100,0 %");
        Tal.Procent(0.7, 0).Should().Be("70 %");
        Tal.Procent(null).Should().Be("–");
    }

    [Fact]
    public void Residuals_read_as_signed_percentage_points()
    {
        Tal.Point(0.012).Should().Be("+1,2 pt");
        Tal.Point(-0.0081).Should().Be("-0,8 pt");
        Tal.Point(0.00001).Should().Be("0,0 pt", "a value that rounds to zero has no sign");
    }

    [Fact]
    public void A_decimal_that_rounds_to_zero_never_shows_a_minus()
    {
        Tal.Decimal(-0.04, 1).Should().Be("0,0", "the residual -0,04 pt is shown as \"0,0 pt\" beside it");
        Tal.Decimal(-0.0, 1).Should().Be("0,0");
        Tal.UdenNegativtNul(-0.0).Should().Be(0d);
        double.IsNegative(Tal.UdenNegativtNul(-0.0)).Should().BeFalse();
    }

    [Theory]
    [InlineData(0.1234567, "0,1235")]
    [InlineData(-2.5, "-2,5000")]
    [InlineData(0.000012345, "0,0000123")]
    [InlineData(-0.00098765, "-0,000988")]
    [InlineData(1.2e-9, "0,00000000120")]
    [InlineData(0, "0,0000")]
    public void Coefficients_are_plain_decimals_never_e_notation(double vaerdi, string vist)
    {
        Tal.Koefficient(vaerdi).Should().Be(vist);
        Tal.Koefficient(vaerdi).Should().NotContainAny("E", "e");
    }

    [Fact]
    public void Large_numbers_use_danish_separators()
    {
        Tal.Decimal(1234.5, 1).Should().Be("1.234,5");
        Tal.Kroner(1234567.8).Should().Be("1.234.568 kr.");
        Tal.Heltal(660000).Should().Be("660.000");
    }

    [Theory]
    [InlineData(0, "0")]
    [InlineData(1, "< 5")]
    [InlineData(4, "< 5")]
    [InlineData(5, "5")]
    [InlineData(1234, "1.234")]
    public void Counts_under_five_are_hidden_under_discretion(int antal, string vist)
    {
        Antal.Vis(antal, diskretion: true).Should().Be(vist);
    }

    [Fact]
    public void Without_discretion_every_count_is_shown()
    {
        Antal.Vis(3, diskretion: false).Should().Be("3");
    }

    [Fact]
    public void The_scale_maps_the_range_onto_the_plot_area_with_y_downwards()
    {
        var skala = new Diagramskala(10, 20, 100, 50, 0, 1);
        skala.Y(0).Should().Be(70);
        skala.Y(1).Should().Be(20);
        skala.Y(2).Should().Be(20, "values outside the range are clamped");
        skala.X(0, 3).Should().Be(10);
        skala.X(2, 3).Should().Be(110);
        Diagramskala.Omfang([0.63, 0.91], 0.1).Should().Be((0.6, 1.0));
    }

    [Fact]
    public void The_potential_in_kroner_defaults_to_75000_per_fuldtidsperson()
    {
        var configuration = new Microsoft.Extensions.Configuration.ConfigurationBuilder().Build();
        Potentialevisning.KronerPrFuldtidsperson(configuration).Should().Be(75_000);
        Potentialevisning.Kroner(2, 75_000).Should().Be("+150.000 kr.");
        Potentialevisning.Personer(-1.26).Should().Be("-1,3");
    }

    [Theory]
    [InlineData(489.3, "+36,7 mio. kr.")]
    [InlineData(-13.3333, "-1,0 mio. kr.")]
    [InlineData(6.01, "+451.000 kr.")]
    [InlineData(-0.5, "-38.000 kr.")]
    [InlineData(0, "0 kr.")]
    public void Kroner_are_rounded_to_the_precision_the_estimate_carries(double personer, string vist)
    {
        Potentialevisning.Kroner(personer, 75_000).Should().Be(vist);
    }
}
