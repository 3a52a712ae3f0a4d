using System.Globalization;
using JobcenterTilsyn.Domain.Adgang;
using JobcenterTilsyn.Domain.Fokusmaal;

namespace JobcenterTilsyn.Domain.Tests.Adgang;

/// <summary>rules.md §10, discretion: a count of 1–4 persons is never shown or derivable by a non-administrator.</summary>
public sealed class DiskretionTests
{
    private static readonly CultureInfo Dansk = CultureInfo.GetCultureInfo("da-DK");

    [Theory]
    [InlineData(0, "0")]
    [InlineData(1, "< 5")]
    [InlineData(4, "< 5")]
    [InlineData(5, "5")]
    [InlineData(1234, "1.234")]
    public void A_count_of_1_to_4_is_withheld_and_0_is_shown(long antal, string vist)
    {
        Diskretion.Vis(antal, erAdministrator: false, Dansk).Should().Be(vist);
        Diskretion.Vis(antal, erAdministrator: true, Dansk).Should().Be(antal.ToString("N0", Dansk));
    }

    [Theory]
    [InlineData(3, 4)]
    [InlineData(0, 1)]
    [InlineData(4, 4)]
    public void Naevner_1_to_4_withholds_every_part(int taeller, int naevner)
    {
        var oplyst = Diskretion.Oplys(new Maaltal(taeller, naevner, 0.70), erAdministrator: false);

        oplyst.Should().Be(new OplystMaaltal(null, null, null, 0.70, null, null, Skjult: true));
        oplyst.UnderMaal.Should().BeFalse("a withheld figure is never marked as under the goal");
    }

    [Theory]
    [InlineData(3, 400)]    // taeller 1–4
    [InlineData(398, 400)]  // the complement 400 − 398 = 2 would reveal the small group
    [InlineData(1, 5)]
    [InlineData(4, 5)]
    public void Naevner_of_5_or_more_with_a_small_taeller_or_complement_shows_only_naevner(int taeller, int naevner)
    {
        var oplyst = Diskretion.Oplys(new Maaltal(taeller, naevner, 0.70), erAdministrator: false);

        oplyst.Should().Be(new OplystMaaltal(null, naevner, null, 0.70, null, null, Skjult: true));
    }

    [Theory]
    [InlineData(0, 10)]     // 0 describes nobody
    [InlineData(10, 10)]    // complement 0
    [InlineData(0, 0)]
    [InlineData(5, 10)]
    public void Zero_and_groups_of_5_or_more_are_shown(int taeller, int naevner)
    {
        var tal = new Maaltal(taeller, naevner, 0.70);

        Diskretion.Oplys(tal, erAdministrator: false).Should().Be(OplystMaaltal.Helt(tal));
        OplystMaaltal.Helt(tal).Skjult.Should().BeFalse();
    }

    [Fact]
    public void The_administrator_sees_every_figure()
    {
        var tal = new Maaltal(3, 4, 0.80);

        var oplyst = Diskretion.Oplys(tal, erAdministrator: true);

        oplyst.Should().Be(new OplystMaaltal(3, 4, 0.75, 0.80, false, 1, Skjult: false));
        oplyst.UnderMaal.Should().BeTrue();
    }

    [Fact]
    public void A_shown_figure_carries_share_flag_and_mangler()
    {
        var oplyst = Diskretion.Oplys(new Maaltal(312, 450, 0.70), erAdministrator: false);

        oplyst.Taeller.Should().Be(312);
        oplyst.Naevner.Should().Be(450);
        oplyst.Andel.Should().BeApproximately(312.0 / 450, 1e-12);
        oplyst.Opfyldt.Should().BeFalse();
        oplyst.Mangler.Should().Be(3);
    }

    [Theory]
    [InlineData(65, 45, 20, 1, false, 65, 45, 20, 1)]
    [InlineData(65, 62, 3, 0, true, 65, null, null, null)]   // uden_tilbud 3: both parts and noedvendige withheld
    [InlineData(3, 1, 2, 2, true, null, null, null, null)]   // naevner 1–4
    [InlineData(10, 0, 10, 7, false, 10, 0, 10, 7)]          // 0 is shown
    public void Outlook_counts_follow_the_same_rule(
        int naevner, int har, int uden, int noedvendige, bool skjult, int? visNaevner, int? visHar, int? visUden, int? visNoedvendige)
    {
        Diskretion.Oplys(naevner, har, uden, noedvendige, erAdministrator: false)
            .Should().Be(new OplystUdsigt(visNaevner, visHar, visUden, visNoedvendige, skjult));
        Diskretion.Oplys(naevner, har, uden, noedvendige, erAdministrator: true)
            .Should().Be(new OplystUdsigt(naevner, har, uden, noedvendige, false));
    }
}
