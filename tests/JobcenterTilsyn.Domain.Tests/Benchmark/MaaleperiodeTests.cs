using JobcenterTilsyn.Domain.Benchmark;
using static JobcenterTilsyn.Domain.Tests.Benchmark.Tidslinje;

namespace JobcenterTilsyn.Domain.Tests.Benchmark;

public sealed class MaaleperiodeTests
{
    [Theory]
    [InlineData(2023, 365)]
    [InlineData(2024, 366)]
    [InlineData(2025, 365)]
    [InlineData(2000, 366)]
    [InlineData(2100, 365)]
    public void A_calendar_year_has_its_number_of_days(int aar, int antalDage)
    {
        var periode = Maaleperiode.Kalenderaar(aar);

        periode.AntalDage.Should().Be(antalDage);
        periode.ErKalenderaar.Should().BeTrue();
        periode.Rammevilkaarsaar.Should().Be(aar);
        periode.ToString().Should().Be(aar.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void A_rolling_period_uses_the_framework_conditions_of_the_year_it_ends_in()
    {
        var periode = new Maaleperiode(D("2024-07-01"), D("2025-06-30"));

        periode.AntalDage.Should().Be(365);
        periode.ErKalenderaar.Should().BeFalse();
        periode.Rammevilkaarsaar.Should().Be(2025);
        periode.ToString().Should().Be("2024-07..2025-06");
    }

    [Fact]
    public void A_rolling_period_over_29_February_has_366_days()
    {
        new Maaleperiode(D("2023-07-01"), D("2024-06-30")).AntalDage.Should().Be(366);
    }

    [Fact]
    public void A_period_that_ends_before_it_starts_is_refused()
    {
        var act = () => new Maaleperiode(D("2025-06-30"), D("2025-06-29"));

        act.Should().Throw<ArgumentException>().WithMessage("*2025-06-30..2025-06-29*");
    }
}
