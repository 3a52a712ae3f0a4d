using JobcenterTilsyn.Domain.Udpegning;

namespace JobcenterTilsyn.Domain.Tests.Udpegning;

/// <summary>rules.md §8: the annual designation from pooled A and B and the rang in the `alle` benchmark.</summary>
public sealed class AarsudpegningTests
{
    private const double GraenseA = 0.70;
    private const double GraenseB = 0.80;
    private const double ResultatAndel = 0.20;
    private static readonly HashSet<short> IngenSager = [];

    // ---- resultat_kriterie: the ⌈0.20·n⌉ with the highest residual ----

    [Theory]
    [InlineData(98, 20)]
    [InlineData(100, 20)]
    [InlineData(5, 1)]
    [InlineData(1, 1)]
    [InlineData(11, 3)]
    [InlineData(10, 2)]
    public void The_result_criterion_covers_the_ceiling_of_the_share_times_n(int n, int antal)
    {
        Aarsudpegning.AntalMedResultatkriterie(n, ResultatAndel).Should().Be(antal);
    }

    [Theory]
    [InlineData(0.07, 100, 7, 8)]
    [InlineData(0.55, 100, 55, 56)]
    [InlineData(0.20, 100, 20, 20)]
    [InlineData(0.20, 98, 20, 20)]
    public void The_ceiling_is_taken_in_decimal_so_binary_rounding_never_adds_a_municipality(double andel, int n, int antal, int iDouble)
    {
        // In doubles 0.07·100 = 7.000000000000001 and 0.55·100 = 55.00000000000001: their ceilings would add one.
        Math.Ceiling(andel * n).Should().Be(iDouble, "this is the trap the decimal arithmetic avoids");
        Aarsudpegning.AntalMedResultatkriterie(n, andel).Should().Be(antal);
    }

    [Theory]
    [InlineData(1, false)]
    [InlineData(78, false)]
    [InlineData(79, true)]
    [InlineData(98, true)]
    public void With_98_municipalities_rang_79_and_above_meets_the_result_criterion(int rang, bool forventet)
    {
        var resultat = Beregn(Land(98, rangFor101: rang)).Single(r => r.Kommunekode == 101);

        resultat.ResultatKriterie.Should().Be(forventet);
    }

    [Theory]
    [InlineData(80, false)]
    [InlineData(81, true)]
    public void With_100_municipalities_exactly_20_meet_the_result_criterion(int rang, bool forventet)
    {
        var resultater = Beregn(Land(100, rangFor101: rang));

        resultater.Single(r => r.Kommunekode == 101).ResultatKriterie.Should().Be(forventet);
        resultater.Count(r => r.ResultatKriterie).Should().Be(20);
    }

    [Theory]
    [InlineData(98, 20)]
    [InlineData(5, 1)]
    [InlineData(1, 1)]
    public void The_number_meeting_the_result_criterion_is_the_ceiling(int n, int antal)
    {
        var resultater = Beregn(Land(n, rangFor101: 1));

        resultater.Count(r => r.ResultatKriterie).Should().Be(antal);
        resultater.Where(r => r.ResultatKriterie).Should().OnlyContain(r => r.Kommunekode != 101 || n == 1, "rang 1 is the best");
    }

    // ---- indsats_kriterie: pooled A or B below its threshold ----

    [Theory]
    [InlineData(7, 10, 8, 10, false)]
    [InlineData(140, 200, 160, 200, false)]
    [InlineData(69, 100, 80, 100, true)]
    [InlineData(70, 100, 79, 100, true)]
    [InlineData(6, 10, 7, 10, true)]
    public void The_effort_criterion_is_met_when_a_or_b_is_below_its_threshold_and_exactly_at_it_is_not(
        long aTaeller, long aNaevner, long bTaeller, long bNaevner, bool fejler)
    {
        var g = new Udpegningsgrundlag(101, aTaeller, aNaevner, bTaeller, bNaevner, 1);

        Beregn([g]).Single().IndsatsKriterie.Should().Be(fejler);
    }

    [Theory]
    [InlineData(0, 0, 8, 10, false)]
    [InlineData(7, 10, 0, 0, false)]
    [InlineData(0, 0, 0, 0, false)]
    [InlineData(0, 0, 1, 10, true)]
    public void An_empty_denominator_does_not_fail(long aTaeller, long aNaevner, long bTaeller, long bNaevner, bool fejler)
    {
        var g = new Udpegningsgrundlag(101, aTaeller, aNaevner, bTaeller, bNaevner, 1);

        Beregn([g]).Single().IndsatsKriterie.Should().Be(fejler);
    }

    [Fact]
    public void The_thresholds_are_those_passed_in()
    {
        var g = new Udpegningsgrundlag(101, 65, 100, 75, 100, 1);

        Aarsudpegning.Beregn([g], 0.60, 0.75, ResultatAndel, IngenSager).Single().IndsatsKriterie.Should().BeFalse();
        Aarsudpegning.Beregn([g], 0.66, 0.75, ResultatAndel, IngenSager).Single().IndsatsKriterie.Should().BeTrue();
    }

    // ---- kategori ----

    [Theory]
    [InlineData(true, true, false, Udpegningskategori.Udpeget)]
    [InlineData(true, true, true, Udpegningskategori.Udpeget)]
    [InlineData(true, false, false, Udpegningskategori.Risikozone)]
    [InlineData(false, true, false, Udpegningskategori.Risikozone)]
    [InlineData(true, false, true, Udpegningskategori.Risikozone)]
    [InlineData(false, true, true, Udpegningskategori.Risikozone)]
    [InlineData(false, false, true, Udpegningskategori.Forbedret)]
    [InlineData(false, false, false, Udpegningskategori.Ingen)]
    public void The_category_follows_both_criteria_and_an_open_case(bool resultat, bool indsats, bool aabenSag, Udpegningskategori kategori)
    {
        Aarsudpegning.Kategori(resultat, indsats, aabenSag).Should().Be(kategori);
    }

    [Fact]
    public void Every_category_arises_from_the_computed_criteria()
    {
        // n = 98: rang ≥ 79 meets the result criterion. A 7/10 meets 0.70, 6/10 fails.
        var land = Land(98, rangFor101: 1);
        Saet(land, 101, rang: 90, aTaeller: 6);   // both → udpeget
        Saet(land, 102, rang: 93, aTaeller: 7);   // result only → risikozone
        Saet(land, 103, rang: 10, aTaeller: 6);   // effort only → risikozone
        Saet(land, 104, rang: 11, aTaeller: 7);   // neither, open case → forbedret
        Saet(land, 105, rang: 12, aTaeller: 7);   // neither, no case → ingen
        Saet(land, 106, rang: 91, aTaeller: 6);   // both, open case → still udpeget
        Saet(land, 107, rang: 13, aTaeller: 6);   // effort fails, open case → risikozone, not forbedret
        Saet(land, 108, rang: 92, aTaeller: 7);   // result fails, open case → risikozone, not forbedret

        var resultater = Aarsudpegning.Beregn(land, GraenseA, GraenseB, ResultatAndel, new HashSet<short> { 104, 106, 107, 108 })
            .ToDictionary(r => r.Kommunekode);

        resultater[101].Should().Be(new Udpegningsresultat(101, Udpegningskategori.Udpeget, true, true));
        resultater[102].Should().Be(new Udpegningsresultat(102, Udpegningskategori.Risikozone, true, false));
        resultater[103].Should().Be(new Udpegningsresultat(103, Udpegningskategori.Risikozone, false, true));
        resultater[104].Should().Be(new Udpegningsresultat(104, Udpegningskategori.Forbedret, false, false));
        resultater[105].Should().Be(new Udpegningsresultat(105, Udpegningskategori.Ingen, false, false));
        resultater[106].Kategori.Should().Be(Udpegningskategori.Udpeget);
        resultater[107].Kategori.Should().Be(Udpegningskategori.Risikozone);
        resultater[108].Kategori.Should().Be(Udpegningskategori.Risikozone);
    }

    [Theory]
    [InlineData(79, 30, false, Udpegningskategori.Udpeget)]
    [InlineData(78, 30, false, Udpegningskategori.Risikozone)]
    [InlineData(78, 32, false, Udpegningskategori.Ingen)]
    [InlineData(78, 32, true, Udpegningskategori.Forbedret)]
    [InlineData(79, 32, true, Udpegningskategori.Risikozone)]
    public void The_worked_example_of_rules_as_implemented(int rang, long bTaeller, bool aabenSag, Udpegningskategori kategori)
    {
        // n = 98; A pooled 140/200 = 0.70 (meets 0.70 exactly); B 30/40 = 0.75 (fails 0.80) or 32/40 = 0.80 (meets).
        var land = Land(98, rangFor101: rang);
        land[0] = land[0] with { ATaeller = 140, ANaevner = 200, BTaeller = bTaeller, BNaevner = 40 };
        var sager = aabenSag ? new HashSet<short> { 101 } : IngenSager;

        Aarsudpegning.Beregn(land, GraenseA, GraenseB, ResultatAndel, sager).Single(r => r.Kommunekode == 101).Kategori.Should().Be(kategori);
    }

    [Fact]
    public void The_result_comes_one_row_per_municipality_in_kommunekode_order()
    {
        var land = Land(10, rangFor101: 1);
        land.Reverse();

        var resultater = Beregn(land);

        resultater.Select(r => r.Kommunekode).Should().Equal(Enumerable.Range(101, 10).Select(k => (short)k));
    }

    [Theory]
    [InlineData(Udpegningskategori.Udpeget, "udpeget")]
    [InlineData(Udpegningskategori.Risikozone, "risikozone")]
    [InlineData(Udpegningskategori.Forbedret, "forbedret")]
    [InlineData(Udpegningskategori.Ingen, "ingen")]
    public void Each_category_has_its_contract_code_and_back(Udpegningskategori kategori, string kode)
    {
        kategori.Kode().Should().Be(kode);
        UdpegningskategoriKoder.TryKategori(kode, out var tilbage).Should().BeTrue();
        tilbage.Should().Be(kategori);
    }

    [Theory]
    [InlineData("Udpeget")]
    [InlineData("")]
    [InlineData("skaerpet")]
    public void An_unknown_category_code_is_not_read(string kode)
    {
        UdpegningskategoriKoder.TryKategori(kode, out _).Should().BeFalse();
    }

    private static IReadOnlyList<Udpegningsresultat> Beregn(IReadOnlyList<Udpegningsgrundlag> grundlag) =>
        Aarsudpegning.Beregn(grundlag, GraenseA, GraenseB, ResultatAndel, IngenSager);

    /// <summary>n municipalities 101… that all meet A (8/10) and B (9/10); 101 has the given rang, the others the rest in code order.</summary>
    private static List<Udpegningsgrundlag> Land(int n, int rangFor101)
    {
        var oevrige = Enumerable.Range(1, n).Where(r => r != rangFor101).ToList();
        var land = new List<Udpegningsgrundlag> { new(101, 8, 10, 9, 10, rangFor101) };
        for (var i = 0; i < n - 1; i++) land.Add(new Udpegningsgrundlag((short)(102 + i), 8, 10, 9, 10, oevrige[i]));
        return land;
    }

    /// <summary>Gives a municipality a rang (swapping with whoever had it) and an A numerator (of 10).</summary>
    private static void Saet(List<Udpegningsgrundlag> land, short kode, int rang, long aTaeller)
    {
        var i = land.FindIndex(g => g.Kommunekode == kode);
        var j = land.FindIndex(g => g.Rang == rang);
        land[j] = land[j] with { Rang = land[i].Rang };
        land[i] = land[i] with { Rang = rang, ATaeller = aTaeller };
    }
}
