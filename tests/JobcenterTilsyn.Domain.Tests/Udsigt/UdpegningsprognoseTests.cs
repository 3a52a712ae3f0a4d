using JobcenterTilsyn.Domain.Benchmark;
using JobcenterTilsyn.Domain.Regler;
using JobcenterTilsyn.Domain.Udpegning;
using static JobcenterTilsyn.Domain.Tests.Builders.Dato;

namespace JobcenterTilsyn.Domain.Tests.Udsigt;

/// <summary>rules.md §11, forecast of the designation of year Y as of M0.</summary>
public sealed class UdpegningsprognoseTests
{
    [Fact]
    public void It_pools_january_to_M0_and_names_every_month_that_is_not_computed()
    {
        Udpegningsprognose.Maaneder(M("2025-03")).Select(m => m.ToString()).Should().Equal("2025-01", "2025-02", "2025-03");
        Udpegningsprognose.ManglendeMaaneder(M("2025-05"), [M("2025-01"), M("2025-03"), M("2024-12")])
            .Select(m => m.ToString()).Should().Equal("2025-02", "2025-04", "2025-05");
        Udpegningsprognose.ManglendeMaaneder(M("2025-02"), [M("2025-01"), M("2025-02")]).Should().BeEmpty();
    }

    [Fact]
    public void The_result_criterion_comes_from_the_latest_benchmark_period_ending_on_or_before_M0()
    {
        Maaleperiode[] beregnede = [Maaleperiode.Kalenderaar(2024), Maaleperiode.Rullende(2025, 6), Maaleperiode.Kalenderaar(2025)];
        Udpegningsprognose.Benchmarkperiode(M("2025-05"), beregnede).Should().Be(Maaleperiode.Kalenderaar(2024));
        Udpegningsprognose.Benchmarkperiode(M("2025-06"), beregnede).Should().Be(Maaleperiode.Rullende(2025, 6));
        Udpegningsprognose.Benchmarkperiode(M("2025-11"), beregnede).Should().Be(Maaleperiode.Rullende(2025, 6));
        Udpegningsprognose.Benchmarkperiode(M("2025-12"), beregnede).Should().Be(Maaleperiode.Kalenderaar(2025));
        Udpegningsprognose.Benchmarkperiode(M("2024-11"), beregnede).Should().BeNull();
    }

    [Theory]
    [InlineData(312, 450, 0.70, 3)]
    [InlineData(7, 10, 0.70, 0)]
    [InlineData(6, 10, 0.70, 1)]
    [InlineData(0, 0, 0.70, 0)]
    public void Mangler_is_the_exact_distance_over_the_pooled_months_and_0_with_nobody(long taeller, long naevner, double g, int mangler) =>
        Udpegningsprognose.Mangler(taeller, naevner, g).Should().Be(mangler);

    [Fact]
    public void The_categories_follow_section_8_under_the_thresholds_of_31_December_and_todays_open_cases()
    {
        // n = 5: ⌈0.2·5⌉ = 1 municipality meets the result criterion (rang 5).
        var grundlag = new[]
        {
            new Udpegningsgrundlag(101, 7, 10, 8, 10, 5),   // A 7 of 10 misses 0.75, worst rang → udpeget
            new Udpegningsgrundlag(147, 6, 10, 8, 10, 1),   // A misses by 1 → risikozone
            new Udpegningsgrundlag(151, 0, 0, 0, 0, 2),     // empty denominators do not fail → ingen
            new Udpegningsgrundlag(153, 10, 10, 10, 10, 3), // open case, both 0 → forbedret
            new Udpegningsgrundlag(155, 1, 10, 8, 10, 4),
        };
        var regelsaet = Regelsaet.Oevo2024 with { Navn = "MAAL-2025", GyldigFra = new DateOnly(2025, 7, 1), GraenseA = 0.75 };
        var prognose = Udpegningsprognose.Beregn(grundlag, regelsaet, new HashSet<short> { 153 });

        prognose.Select(p => (p.Udpegning.Kommunekode, p.Udpegning.Kategori, p.ManglerA, p.ManglerB)).Should().Equal(
            (101, Udpegningskategori.Udpeget, 1, 0),
            (147, Udpegningskategori.Risikozone, 2, 0),
            (151, Udpegningskategori.Ingen, 0, 0),
            (153, Udpegningskategori.Forbedret, 0, 0),
            (155, Udpegningskategori.Risikozone, 7, 0));
        prognose[0].Udpegning.ResultatKriterie.Should().BeTrue();
        prognose[0].Udpegning.IndsatsKriterie.Should().BeTrue("7 of 10 misses 0.75, the threshold of the rule set in force on 31 December");
        prognose[0].A.Graense.Should().Be(0.75);
    }
}
