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
        // København: A 67,9 % < 70 %. Aalborg: exactly 70 % meets its goal. Frederikshavn: B 60 % < 80 %.
        new OverblikFilter(KunUnderGraense: true).Anvend(Alle).Should().Equal(Koebenhavn, Frederikshavn);
    }

    [Fact]
    public void A_row_is_not_listed_as_under_on_a_withheld_figure()
    {
        // B 7 of 10 fails 80 %, but its complement is 3: withheld from non-administrators, so the row must not give it away.
        var skjult = Aalborg with { B = Diskretion.Oplys(new Maaltal(7, 10, 0.8), erAdministrator: false) };
        var aaben = Aalborg with { B = Diskretion.Oplys(new Maaltal(7, 10, 0.8), erAdministrator: true) };

        new OverblikFilter(KunUnderGraense: true).Anvend([skjult, aaben]).Should().Equal(aaben);
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
