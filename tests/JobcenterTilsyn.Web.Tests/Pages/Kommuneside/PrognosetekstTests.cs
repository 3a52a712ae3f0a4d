using JobcenterTilsyn.Data.ReadModels;
using JobcenterTilsyn.Domain.Adgang;
using JobcenterTilsyn.Domain.Fokusmaal;
using JobcenterTilsyn.Web.Components.Pages.Kommuneside;

namespace JobcenterTilsyn.Web.Tests.Pages.Kommuneside;

/// <summary>What a forecast category rests on and what it takes to leave it, in Danish, on disclosed figures only.</summary>
public sealed class PrognosetekstTests
{
    private static Udpegningsaar Prognose(string kategori, bool resultat, bool indsats, int rang) =>
        new(2026, kategori, resultat, indsats, Diskretion.Oplys(new Maaltal(600, 1000, 0.7), false), Diskretion.Oplys(new Maaltal(90, 100, 0.8), false), rang, 98, "OEVO-2024");

    [Fact]
    public void A_goal_under_its_threshold_names_the_citizens_it_lacks()
    {
        // 600 of 1000 at 70 %: ⌈700⌉ − 600 = 100.
        Prognosetekst.Fokusmaal("A", Diskretion.Oplys(new Maaltal(600, 1000, 0.7), false), "i januar–juni 2026")
            .Should().Be("A: 60,0 % i januar–juni 2026 (mål 70 %) – mangler 100 borgere med tilbud for at nå målet.");
        Prognosetekst.Fokusmaal("A", Diskretion.Oplys(new Maaltal(699, 1000, 0.7), false), "i januar 2026")
            .Should().EndWith("mangler 1 borger med tilbud for at nå målet.");
    }

    [Fact]
    public void A_met_goal_shows_its_margin_and_a_withheld_one_no_number()
    {
        Prognosetekst.Fokusmaal("B", Diskretion.Oplys(new Maaltal(90, 100, 0.8), false), "i januar 2026")
            .Should().Be("B: 90,0 % i januar 2026 (mål 80 %) – nået med 10 borgere i overskud.");
        Prognosetekst.Fokusmaal("B", Diskretion.Oplys(new Maaltal(98, 100, 0.8), false), "i januar 2026")
            .Should().Be("B: vises ikke, da det drejer sig om færre end 5 borgere.");
        Prognosetekst.Fokusmaal("B", Diskretion.Oplys(new Maaltal(0, 0, 0.8), false), "i januar 2026")
            .Should().StartWith("B: ingen borgere i målingen");
    }

    [Fact]
    public void The_result_criterion_gives_the_distance_in_places()
    {
        Prognosetekst.Resultat(Prognose("udpeget", true, true, 85), 78)
            .Should().Be("Rang 85 af 98; kriteriet rammer rang 79 og derover. Kommunen skal rykke 7 pladser op for at gå fri.");
        Prognosetekst.Resultat(Prognose("ingen", false, false, 78), 78)
            .Should().EndWith("Kommunen er 1 plads fra kriteriet.");
    }

    [Theory]
    [InlineData("udpeget", true, true, false, "For at undgå udpegning skal begge fokusmål nås")]
    [InlineData("risikozone", false, true, true, "(så bliver den \"forbedret\", fordi der er en åben tilsynssag)")]
    [InlineData("risikozone", true, false, false, "risikozonen skyldes resultatkriteriet")]
    [InlineData("forbedret", false, false, true, "kommunen har en åben tilsynssag")]
    [InlineData("ingen", false, false, false, "Ingen af kriterierne rammer.")]
    public void Each_category_says_what_it_takes_to_leave_it(string kategori, bool resultat, bool indsats, bool aabenSag, string forventet) =>
        Prognosetekst.Udvej(Prognose(kategori, resultat, indsats, 50), aabenSag).Should().Contain(forventet);
}
