using JobcenterTilsyn.Domain.Registre;
using JobcenterTilsyn.Web.Components.Pages.Kommuner;

namespace JobcenterTilsyn.Web.Tests.Pages.Kommuner;

public sealed class KommuneFilterTests
{
    private static readonly Kommune Koebenhavn = new(101, "København", "Hovedstaden", 660_000);
    private static readonly Kommune Frederiksberg = new(147, "Frederiksberg", "Hovedstaden", 104_000);
    private static readonly Kommune Aalborg = new(851, "Aalborg", "Nordjylland", 222_000);
    private static readonly Kommune Frederikshavn = new(813, "Frederikshavn", "Nordjylland", 58_000);
    private static readonly Kommune Aeroe = new(492, "Ærø", "Syddanmark", 6_000);
    private static readonly Kommune[] Alle = [Koebenhavn, Frederiksberg, Aalborg, Frederikshavn, Aeroe];

    [Fact]
    public void An_empty_filter_shows_every_kommune_in_the_given_order()
    {
        new KommuneFilter().Anvend(Alle).Should().Equal(Alle);
    }

    [Fact]
    public void A_region_shows_only_that_regions_kommuner()
    {
        new KommuneFilter(Region: "Nordjylland").Anvend(Alle).Should().Equal(Aalborg, Frederikshavn);
    }

    [Fact]
    public void An_empty_region_means_all_regions()
    {
        new KommuneFilter(Region: "").Anvend(Alle).Should().HaveCount(Alle.Length);
    }

    [Fact]
    public void Search_matches_part_of_the_name_ignoring_case()
    {
        new KommuneFilter(Soegetekst: "FREDERIK").Anvend(Alle).Should().Equal(Frederiksberg, Frederikshavn);
        new KommuneFilter(Soegetekst: "aal").Anvend(Alle).Should().Equal(Aalborg);
    }

    [Fact]
    public void Search_ignores_case_of_danish_letters()
    {
        new KommuneFilter(Soegetekst: "ærø").Anvend(Alle).Should().Equal(Aeroe);
        new KommuneFilter(Soegetekst: "KØBEN").Anvend(Alle).Should().Equal(Koebenhavn);
    }

    [Fact]
    public void Search_matches_the_start_of_the_kommunekode()
    {
        new KommuneFilter(Soegetekst: "85").Anvend(Alle).Should().Equal(Aalborg);
        new KommuneFilter(Soegetekst: "51").Anvend(Alle).Should().BeEmpty("a code matches from its start, 851 does not match 51");
    }

    [Fact]
    public void Search_ignores_surrounding_spaces_and_blank_search_shows_all()
    {
        new KommuneFilter(Soegetekst: "  aalborg ").Anvend(Alle).Should().Equal(Aalborg);
        new KommuneFilter(Soegetekst: "   ").Anvend(Alle).Should().HaveCount(Alle.Length);
    }

    [Fact]
    public void Region_and_search_combine()
    {
        new KommuneFilter(Region: "Nordjylland", Soegetekst: "frederik").Anvend(Alle).Should().Equal(Frederikshavn);
        new KommuneFilter(Region: "Syddanmark", Soegetekst: "frederik").Anvend(Alle).Should().BeEmpty();
    }

    [Fact]
    public void Regioner_lists_each_region_once_alphabetically()
    {
        KommuneFilter.Regioner(Alle).Should().Equal("Hovedstaden", "Nordjylland", "Syddanmark");
    }
}
