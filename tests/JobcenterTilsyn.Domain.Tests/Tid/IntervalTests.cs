using JobcenterTilsyn.Domain.Tid;
using static JobcenterTilsyn.Domain.Tests.Builders.Dato;

namespace JobcenterTilsyn.Domain.Tests.Tid;

public sealed class IntervalTests
{
    [Theory]
    [InlineData("2024-01-01", "2024-01-31", "2024-01-01", true)]
    [InlineData("2024-01-01", "2024-01-31", "2024-01-31", true)]
    [InlineData("2024-01-01", "2024-01-31", "2024-02-01", false)]
    [InlineData("2024-01-01", "2024-01-31", "2023-12-31", false)]
    [InlineData("2024-01-01", null, "2099-12-31", true)]
    [InlineData("2024-01-01", null, "2023-12-31", false)]
    public void Covers_includes_both_ends_and_an_open_end_runs_on(string start, string? slut, string dag, bool daekker) =>
        Interval.Covers(D(start), slut is null ? null : D(slut), D(dag)).Should().Be(daekker);

    [Theory]
    [InlineData("2024-01-01", "2024-01-31", "2024-01-31", "2024-03-01", true)]
    [InlineData("2024-01-01", "2024-01-31", "2024-02-01", "2024-03-01", false)]
    [InlineData("2024-03-01", "2024-03-05", "2024-01-01", "2024-03-01", true)]
    [InlineData("2024-03-02", "2024-03-05", "2024-01-01", "2024-03-01", false)]
    [InlineData("2020-01-01", null, "2024-01-01", "2024-03-01", true)]
    [InlineData("2023-01-01", "2025-01-01", "2024-01-01", "2024-03-01", true)]
    public void Overlaps_needs_one_common_day(string start, string? slut, string fra, string til, bool overlapper) =>
        Interval.Overlaps(D(start), slut is null ? null : D(slut), D(fra), D(til)).Should().Be(overlapper);

    [Fact]
    public void An_open_end_is_later_than_any_date()
    {
        Interval.CompareEnds(null, D("9999-12-31")).Should().BePositive();
        Interval.CompareEnds(D("2024-01-01"), null).Should().BeNegative();
        Interval.CompareEnds(null, null).Should().Be(0);
        Interval.EndsOnOrAfter(null, D("9999-12-31")).Should().BeTrue();
        Interval.EndsOnOrAfter(D("2024-01-01"), D("2024-01-01")).Should().BeTrue();
        Interval.EndsOnOrAfter(D("2024-01-01"), D("2024-01-02")).Should().BeFalse();
    }
}
