using JobcenterTilsyn.Domain.Udpegning;

namespace JobcenterTilsyn.Domain.Tests.Udpegning;

public sealed class AarsudpegningTests
{
    private static readonly HashSet<short> IngenSager = [];

    [Theory]
    [InlineData(98, 20)]
    [InlineData(100, 20)]
    [InlineData(5, 1)]
    [InlineData(1, 1)]
    [InlineData(11, 3)]
    public void The_result_criterion_takes_the_ceiling_of_the_share_of_n(int n, int forventet) =>
        Aarsudpegning.AntalMedResultatkriterie(n, 0.20).Should().Be(forventet);

    [Theory]
    [InlineData(78, false)]
    [InlineData(79, true)]
    [InlineData(98, true)]
    [InlineData(1, false)]
    public void With_98_municipalities_rang_79_and_worse_meets_the_result_criterion(int rang, bool forventet)
    {
        var grundlag = Alle98(rang);

        var r = Aarsudpegning.Beregn(grundlag, 0.70, 0.80, 0.20, IngenSager).Single(x => x.Kommunekode == 101);

        r.ResultatKriterie.Should().Be(forventet);
    }

    [Theory]
    [InlineData(true, true, false, Udpegningskategori.Udpeget)]
    [InlineData(true, true, true, Udpegningskategori.Udpeget)]
    [InlineData(false, false, true, Udpegningskategori.Forbedret)]
    [InlineData(true, false, false, Udpegningskategori.Risikozone)]
    [InlineData(false, true, false, Udpegningskategori.Risikozone)]
    [InlineData(true, false, true, Udpegningskategori.Risikozone)]
    [InlineData(false, true, true, Udpegningskategori.Risikozone)]
    [InlineData(false, false, false, Udpegningskategori.Ingen)]
    public void Category_follows_the_criteria_and_open_cases(bool resultat, bool indsats, bool aabenSag, Udpegningskategori forventet) =>
        Aarsudpegning.Kategori(resultat, indsats, aabenSag).Should().Be(forventet);

    [Theory]
    [InlineData(7, 10, 8, 10, false)]
    [InlineData(6, 10, 8, 10, true)]
    [InlineData(7, 10, 7, 10, true)]
    [InlineData(0, 0, 0, 0, false)]
    [InlineData(0, 0, 1, 2, true)]
    public void The_effort_criterion_fails_when_a_or_b_is_below_its_threshold(long aT, long aN, long bT, long bN, bool forventet)
    {
        var grundlag = new List<Udpegningsgrundlag> { new(101, aT, aN, bT, bN, 1) };

        var r = Aarsudpegning.Beregn(grundlag, 0.70, 0.80, 0.20, IngenSager).Single();

        r.IndsatsKriterie.Should().Be(forventet);
    }

    [Fact]
    public void A_municipality_with_an_open_case_that_improved_is_forbedret_and_others_are_not()
    {
        var grundlag = Alle98(10);

        var r = Aarsudpegning.Beregn(grundlag, 0.70, 0.80, 0.20, new HashSet<short> { 101, 102 });

        r.Single(x => x.Kommunekode == 101).Kategori.Should().Be(Udpegningskategori.Forbedret);
        r.Where(x => x.Kommunekode > 102 && !x.ResultatKriterie).Should().OnlyContain(x => x.Kategori == Udpegningskategori.Ingen);
    }

    [Theory]
    [InlineData(Udpegningskategori.Udpeget, "udpeget")]
    [InlineData(Udpegningskategori.Risikozone, "risikozone")]
    [InlineData(Udpegningskategori.Forbedret, "forbedret")]
    [InlineData(Udpegningskategori.Ingen, "ingen")]
    public void Categories_have_the_contract_codes(Udpegningskategori kategori, string kode)
    {
        kategori.Kode().Should().Be(kode);
        UdpegningskategoriKoder.TryKategori(kode, out var tilbage).Should().BeTrue();
        tilbage.Should().Be(kategori);
    }

    // 98 municipalities that all meet A and B; kommune 101 has the given rang, the others fill the rest.
    private static List<Udpegningsgrundlag> Alle98(int rang101)
    {
        var raekke = Enumerable.Range(1, 98).Where(r => r != rang101).ToList();
        var grundlag = new List<Udpegningsgrundlag> { new(101, 8, 10, 9, 10, rang101) };
        for (var i = 0; i < 97; i++) grundlag.Add(new Udpegningsgrundlag((short)(102 + i), 8, 10, 9, 10, raekke[i]));
        return grundlag;
    }
}
