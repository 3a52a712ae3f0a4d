using JobcenterTilsyn.Domain.Benchmark;
using static JobcenterTilsyn.Domain.Tests.Builders.Dato;

namespace JobcenterTilsyn.Domain.Tests.Benchmark;

/// <summary>rules.md §5 "for year Y" and its rolling half-year periods: <see cref="Maaleperiode"/>.</summary>
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
        Maaleperiode.Rullende(2024, 6).AntalDage.Should().Be(366);
        Maaleperiode.Rullende(2025, 6).AntalDage.Should().Be(365);
    }

    [Fact]
    public void A_period_that_ends_before_it_starts_is_refused()
    {
        var act = () => new Maaleperiode(D("2025-06-30"), D("2025-06-29"));

        act.Should().Throw<ArgumentException>().WithMessage("*2025-06-30..2025-06-29*");
    }

    [Fact]
    public void A_rolling_period_ending_in_June_runs_from_the_first_of_July_the_year_before()
    {
        var periode = Maaleperiode.Rullende(2025, 6);

        periode.Should().Be(new Maaleperiode(D("2024-07-01"), D("2025-06-30")));
        periode.ToString().Should().Be("2024-07..2025-06");
    }

    [Fact]
    public void A_rolling_period_ending_in_December_is_the_calendar_year()
    {
        Maaleperiode.Rullende(2024, 12).Should().Be(Maaleperiode.Kalenderaar(2024));
    }

    [Fact]
    public void A_rolling_period_must_end_at_a_half_year()
    {
        var act = () => Maaleperiode.Rullende(2025, 3);

        act.Should().Throw<ArgumentException>();
    }

    [Theory]
    [InlineData("2024-07..2025-06", "2024-07-01", "2025-06-30")]
    [InlineData("2023-07..2024-06", "2023-07-01", "2024-06-30")]
    [InlineData("2024-01..2024-12", "2024-01-01", "2024-12-31")]
    [InlineData("2024", "2024-01-01", "2024-12-31")]
    public void A_period_is_parsed_from_its_export_form(string tekst, string fra, string til)
    {
        Maaleperiode.TryParse(tekst, out var periode).Should().BeTrue();

        periode.Should().Be(new Maaleperiode(D(fra), D(til)));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("2024-07..2025-05")]
    [InlineData("2024-06..2025-06")]
    [InlineData("2024-08..2025-06")]
    [InlineData("2024-04..2025-03")]
    [InlineData("2024-7..2025-6")]
    [InlineData("2024-07-2025-06")]
    [InlineData("2024-07..2025-06..")]
    [InlineData("2024-13..2025-12")]
    public void Anything_but_a_year_or_12_months_ending_at_a_half_year_is_not_a_period(string? tekst)
    {
        Maaleperiode.TryParse(tekst, out _).Should().BeFalse();
    }

    [Fact]
    public void The_half_year_periods_of_a_range_are_every_12_month_window_ending_in_June_or_December_inside_it()
    {
        var perioder = Maaleperiode.HalvaarsperioderI(2023, 1, 2025, 6);

        perioder.Select(p => p.ToString()).Should().Equal("2023", "2023-07..2024-06", "2024", "2024-07..2025-06");
    }

    [Fact]
    public void A_range_shorter_than_a_window_has_no_half_year_periods()
    {
        Maaleperiode.HalvaarsperioderI(2024, 2, 2025, 1).Should().BeEmpty();
        Maaleperiode.HalvaarsperioderI(2024, 8, 2025, 6).Should().BeEmpty();
    }

    [Fact]
    public void A_range_starting_mid_year_gets_the_window_that_fits_first()
    {
        Maaleperiode.HalvaarsperioderI(2023, 7, 2024, 12).Select(p => p.ToString()).Should().Equal("2023-07..2024-06", "2024");
    }
}
