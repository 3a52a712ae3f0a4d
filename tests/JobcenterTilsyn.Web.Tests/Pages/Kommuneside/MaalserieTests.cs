using JobcenterTilsyn.Data.ReadModels;
using JobcenterTilsyn.Domain.Adgang;
using JobcenterTilsyn.Domain.Fokusmaal;
using JobcenterTilsyn.Domain.Tid;
using JobcenterTilsyn.Web.Components.Pages.Kommuneside;
using JobcenterTilsyn.Web.Components.UI;

namespace JobcenterTilsyn.Web.Tests.Pages.Kommuneside;

public sealed class MaalserieTests
{
    private static Maalpunkt Punkt(int aar, int maaned, int taeller, string regelsaet) =>
        new(new Maaned(aar, maaned), Maal.ATilbud12m,
            Diskretion.Oplys(new Maaltal(taeller, 100, 0.7), erAdministrator: false),
            Diskretion.Oplys(new Maaltal(700, 1000, 0.7), erAdministrator: false), regelsaet);

    [Fact]
    public void The_series_marks_the_month_a_new_rule_set_applies_and_leaves_withheld_months_empty()
    {
        // 98 of 100 is withheld from non-administrators (its complement is 2): no value, a gap in the line.
        var profil = new Kommuneprofil(101, "København", "Hovedstaden", 1, [
            Punkt(2023, 12, 70, "LAB-2019"), Punkt(2024, 1, 80, "OEVO-2024"), Punkt(2024, 2, 98, "OEVO-2024"), Punkt(2024, 3, 70, "OEVO-2024")],
            [], [], [], []);

        var serie = Maalserie.For(profil, Maal.ATilbud12m);

        serie.Markeringer.Should().Equal(new Trendmarkering(new Maaned(2024, 1), "Regelsæt OEVO-2024"));
        serie.Kommune.Select(p => p.Vaerdi).Should().Equal(0.7, 0.8, null, 0.7);
        serie.Landet.Should().OnlyContain(p => p.Vaerdi == 0.7);
    }
}
