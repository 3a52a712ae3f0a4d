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
        // København: A 67,9 % < 70 %. Aalborg: exactly 70 % and 80 % meet their goals. Frederikshavn: B 60 % < 80 %.
        new OverblikFilter(KunUnderGraense: true).Anvend(Alle).Should().Equal(Koebenhavn, Frederikshavn);
    }

    [Fact]
    public void Search_matches_name_or_start_of_code_and_combines_with_other_criteria()
    {
        new OverblikFilter(Soegetekst: " AAL ").Anvend(Alle).Should().Equal(Aalborg);
        new OverblikFilter(Soegetekst: "81").Anvend(Alle).Should().Equal(Frederikshavn);
        new OverblikFilter(Region: "Hovedstaden", Soegetekst: "aal").Anvend(Alle).Should().BeEmpty();
    }
}
