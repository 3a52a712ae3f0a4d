using JobcenterTilsyn.Domain.Fokusmaal;
using JobcenterTilsyn.Domain.Tid;
using JobcenterTilsyn.Domain.Udsigt;

namespace JobcenterTilsyn.Domain.Tests.Udsigt;

/// <summary>The backtest of the outlook: projected share, horizon and the mean errors.</summary>
public sealed class EfterproevningTests
{
    [Fact]
    public void The_projected_share_is_those_with_an_offer_on_the_status_day_over_those_heading_for_the_month()
    {
        Efterproevning.ProjiceretAndel(new Udsigtstal(80, 60, 0.7)).Should().Be(0.75);
        Efterproevning.ProjiceretAndel(new Udsigtstal(0, 0, 0.7)).Should().BeNull();
    }

    [Fact]
    public void The_horizon_counts_months_across_a_year_end() =>
        Efterproevning.Horisont(new Maaned(2025, 11), new Maaned(2026, 2)).Should().Be(3);

    [Fact]
    public void The_errors_average_over_pairs_with_both_shares_each_pair_once()
    {
        var par = new[]
        {
            (new Udsigtstal(100, 60, 0.7), new Maaltal(70, 100, 0.7)),    // +0.10
            (new Udsigtstal(10, 9, 0.7), new Maaltal(16, 20, 0.7)),       // −0.10
            (new Udsigtstal(50, 25, 0.7), new Maaltal(30, 50, 0.7)),      // +0.10
            (new Udsigtstal(0, 0, 0.7), new Maaltal(5, 10, 0.7)),         // no projection: left out
            (new Udsigtstal(10, 5, 0.7), new Maaltal(0, 0, 0.7)),         // nothing measured: left out
        };

        var fejl = Efterproevning.Fejl(par)!;

        fejl.Antal.Should().Be(3);
        fejl.MiddelAbsolutFejl.Should().BeApproximately(0.10, 1e-12);
        fejl.MiddelFejl.Should().BeApproximately(0.10 / 3, 1e-12);
        Efterproevning.Fejl([]).Should().BeNull();
    }
}
