using JobcenterTilsyn.Domain.Adgang;
using JobcenterTilsyn.Domain.Fokusmaal;
using JobcenterTilsyn.Web.Components.Pages.Overblik;
using static JobcenterTilsyn.Web.Tests.Pages.Overblik.OverblikTestdata;

namespace JobcenterTilsyn.Web.Tests.Pages.Overblik;

public sealed class OverblikFilterTests
{
    [Fact]
    public void An_empty_filter_shows_every_row_in_order()
    {
        new OverblikFilter().Anvend(Alle).Should().Equal(Alle);
    }

    [Fact]
    public void Region_klynge_and_category_each_narrow_the_rows()
    {
        new OverblikFilter(Region: "Nordjylland").Anvend(Alle).Should().Equal(Aalborg, Frederikshavn);
        new OverblikFilter(Klynge: 3).Anvend(Alle).Should().Equal(Koebenhavn);
        new OverblikFilter(Kategori: "udpeget").Anvend(Alle).Should().Equal(Frederikshavn);
    }

    [Fact]
    public void Failing_a_goal_means_a_share_below_its_threshold_compared_exactly()
    {
        // København: A 67,9 % < 70 %. Aalborg: exactly 70 % meets its goal. Frederikshavn: A withheld, B 60 % < 80 %.
        new OverblikFilter(AUnder: true).Anvend(Alle).Should().Equal(Koebenhavn);
        new OverblikFilter(BUnder: true).Anvend(Alle).Should().Equal(Frederikshavn);
    }

    [Fact]
    public void Goal_criteria_combine_with_and()
    {
        var begge = Koebenhavn with { Kommunekode = 147, Navn = "Frederiksberg", B = Diskretion.Oplys(new Maaltal(70, 100, 0.8), erAdministrator: false) };
        new OverblikFilter(AUnder: true, BUnder: true).Anvend([.. Alle, begge]).Should().Equal(begge);
        new OverblikFilter(AUnder: true, Region: "Nordjylland").Anvend([.. Alle, begge]).Should().BeEmpty();
    }

    [Fact]
    public void C_is_compared_with_the_national_share_and_a_withheld_or_missing_c_never_matches()
    {
        // København C 20 %, Aalborg C 0 of 0 (no share), Frederikshavn no C at all.
        new OverblikFilter(C: CRetning.Over).Anvend(Alle, landetC: 0.15).Should().Equal(Koebenhavn);
        new OverblikFilter(C: CRetning.Under).Anvend(Alle, landetC: 0.15).Should().BeEmpty();
        new OverblikFilter(C: CRetning.Under).Anvend(Alle, landetC: 0.25).Should().Equal(Koebenhavn);
        new OverblikFilter(C: CRetning.Over).Anvend(Alle, landetC: null).Should().BeEmpty();
    }

    [Fact]
    public void On_its_way_below_keeps_the_rows_the_read_model_marked()
    {
        var paaVej = Aalborg with { PaaVejUnder = [Maal.ATilbud12m] };
        new OverblikFilter(PaaVejUnder: true).Anvend([Koebenhavn, paaVej, Frederikshavn]).Should().Equal(paaVej);
        new OverblikFilter(PaaVejUnder: true, BUnder: true).Anvend([Koebenhavn, paaVej, Frederikshavn]).Should().BeEmpty();
    }

    [Fact]
    public void The_filter_describes_itself_in_danish_and_as_ascii_file_name_parts()
    {
        var filter = new OverblikFilter(Region: "Syddanmark", Klynge: 2, Kategori: "risikozone", AUnder: true, BUnder: true,
            C: CRetning.Over, PaaVejUnder: true, Soegetekst: " Ærø Å ");

        filter.Beskrivelse().Should().Equal("Region: Syddanmark", "Klynge 2", "Udpegning: Risikozone", "A under mål", "B under mål",
            "C over landstallet", "På vej under målet", "Søgning: \"Ærø Å\"");
        filter.Filnavnsdele().Should().Equal("region-syddanmark", "klynge-2", "udpegning-risikozone", "a-under", "b-under", "c-over",
            "paa-vej-under", "soeg-aeroe-aa");
        new OverblikFilter().Beskrivelse().Should().BeEmpty();
    }

    [Fact]
    public void A_row_is_not_listed_as_under_on_a_withheld_figure()
    {
        // B 7 of 10 fails 80 %, but its complement is 3: withheld from non-administrators, so the row must not give it away.
        var skjult = Aalborg with { B = Diskretion.Oplys(new Maaltal(7, 10, 0.8), erAdministrator: false) };
        var aaben = Aalborg with { B = Diskretion.Oplys(new Maaltal(7, 10, 0.8), erAdministrator: true) };

        new OverblikFilter(BUnder: true).Anvend([skjult, aaben]).Should().Equal(aaben);
        skjult.UnderGraense.Should().BeFalse();
    }

    [Fact]
    public void Search_matches_name_or_start_of_code_and_combines_with_other_criteria()
    {
        new OverblikFilter(Soegetekst: " AAL ").Anvend(Alle).Should().Equal(Aalborg);
        new OverblikFilter(Soegetekst: "81").Anvend(Alle).Should().Equal(Frederikshavn);
        new OverblikFilter(Region: "Hovedstaden", Soegetekst: "aal").Anvend(Alle).Should().BeEmpty();
    }
}
