using JobcenterTilsyn.Domain.Tid;
using static JobcenterTilsyn.Domain.Tests.Builders.Dato;

namespace JobcenterTilsyn.Domain.Tests.Tid;

public sealed class MaanedTests
{
    [Theory]
    [InlineData("2025-06", 2025, 6)]
    [InlineData("2024-12", 2024, 12)]
    [InlineData("0001-01", 1, 1)]
    public void Parse_reads_YYYY_MM_and_ToString_writes_it_back(string tekst, int aar, int nr)
    {
        var maaned = Maaned.Parse(tekst);

        maaned.Should().Be(new Maaned(aar, nr));
        maaned.ToString().Should().Be(tekst);
    }

    [Theory]
    [InlineData("2025-6")]
    [InlineData("2025-13")]
    [InlineData("2025-00")]
    [InlineData("2025/06")]
    [InlineData("25-06")]
    [InlineData("2025-06-01")]
    [InlineData(" 2025-06")]
    [InlineData("")]
    public void Parse_rejects_anything_but_YYYY_MM_with_a_message_naming_the_value(string tekst)
    {
        var parse = () => Maaned.Parse(tekst);

        parse.Should().Throw<FormatException>().WithMessage($"'{tekst}' is not a month: expected YYYY-MM*");
        Maaned.TryParse(tekst, out _).Should().BeFalse();
    }

    [Theory]
    [InlineData("2024-02", "2024-02-01", "2024-02-29")]
    [InlineData("2023-02", "2023-02-01", "2023-02-28")]
    [InlineData("2025-06", "2025-06-01", "2025-06-30")]
    [InlineData("2024-12", "2024-12-01", "2024-12-31")]
    public void First_and_last_day_follow_the_calendar_including_leap_years(string maaned, string foerste, string sidste)
    {
        M(maaned).Foerste.Should().Be(D(foerste));
        M(maaned).Sidste.Should().Be(D(sidste));
    }

    [Theory]
    [InlineData("2025-06", -11, "2024-07")]
    [InlineData("2025-06", -5, "2025-01")]
    [InlineData("2025-06", -2, "2025-04")]
    [InlineData("2024-12", 1, "2025-01")]
    [InlineData("2025-01", -1, "2024-12")]
    [InlineData("2025-01", -13, "2023-12")]
    [InlineData("2025-01", -24, "2023-01")]
    [InlineData("2024-03", 0, "2024-03")]
    public void AddMonths_moves_across_years(string fra, int n, string til) =>
        M(fra).AddMonths(n).Should().Be(M(til));

    [Fact]
    public void AddMonths_out_of_the_calendar_is_refused()
    {
        var foer = () => M("0001-06").AddMonths(-6);

        foer.Should().Throw<ArgumentOutOfRangeException>();
    }

    [Fact]
    public void Months_compare_chronologically()
    {
        (M("2024-12") < M("2025-01")).Should().BeTrue();
        (M("2025-01") > M("2024-12")).Should().BeTrue();
        (M("2025-01") <= M("2025-01")).Should().BeTrue();
        new[] { M("2025-06"), M("2023-12"), M("2024-01") }.Order().Should().Equal(M("2023-12"), M("2024-01"), M("2025-06"));
    }

    [Fact]
    public void Af_gives_the_month_of_a_day_and_Indeholder_tests_it()
    {
        Maaned.Af(D("2024-02-29")).Should().Be(M("2024-02"));
        M("2024-02").Indeholder(D("2024-02-29")).Should().BeTrue();
        M("2024-02").Indeholder(D("2024-03-01")).Should().BeFalse();
        M("2024-02").Indeholder(D("2023-02-15")).Should().BeFalse();
    }

    [Fact]
    public void Raekke_lists_every_month_from_first_to_last_inclusive()
    {
        Maaned.Raekke(M("2024-11"), M("2025-02")).Should().Equal(M("2024-11"), M("2024-12"), M("2025-01"), M("2025-02"));
        Maaned.Raekke(M("2024-11"), M("2024-11")).Should().Equal(M("2024-11"));

        var baglaens = () => Maaned.Raekke(M("2025-01"), M("2024-12"));
        baglaens.Should().Throw<ArgumentException>();
    }
}
