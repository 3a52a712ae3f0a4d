using JobcenterTilsyn.Data.ReadModels;
using JobcenterTilsyn.Domain.Adgang;
using JobcenterTilsyn.Domain.Fokusmaal;
using JobcenterTilsyn.Web.Components.Pages.Udpegning;

namespace JobcenterTilsyn.Web.Tests.Pages.Udpegning;

public sealed class UdpegningFilterTests
{
    private static Udpegningsposition Raekke(short kode, string kategori) =>
        new(kode, "K" + kode, "Region", new Udpegningsaar(2025, kategori, false, false, OplystMaaltal.Helt(new Maaltal(7, 10, 0.7)), OplystMaaltal.Helt(new Maaltal(8, 10, 0.8)), 1, 98, "OEVO-2024"));

    private static readonly Udpegningsposition[] Alle = [Raekke(101, "udpeget"), Raekke(147, "ingen"), Raekke(151, "udpeget"), Raekke(153, "risikozone")];

    [Fact]
    public void A_category_shows_only_its_municipalities_and_none_shows_all()
    {
        new UdpegningFilter("udpeget").Anvend(Alle).Select(r => r.Kommunekode).Should().Equal(101, 151);
        new UdpegningFilter().Anvend(Alle).Should().HaveCount(4);
    }

    [Fact]
    public void Counts_each_category()
    {
        UdpegningFilter.Optaelling(Alle).Should().BeEquivalentTo(new Dictionary<string, int> { ["udpeget"] = 2, ["ingen"] = 1, ["risikozone"] = 1 });
    }

    [Fact]
    public void The_open_case_link_carries_kommune_and_year()
    {
        UdpegningFilter.NySagLink(101, 2025).Should().Be("tilsynssager?kommune=101&aar=2025");
    }
}
