using System.Globalization;
using JobcenterTilsyn.Domain.Adgang;

namespace JobcenterTilsyn.Domain.Tests.Adgang;

public sealed class DiskretionTests
{
    private static readonly CultureInfo Dansk = CultureInfo.GetCultureInfo("da-DK");

    [Theory]
    [InlineData(0, "< 5")]
    [InlineData(4, "< 5")]
    [InlineData(5, "5")]
    [InlineData(1234, "1.234")]
    public void Counts_under_5_persons_are_hidden_from_everyone_but_the_administrator(long antal, string vist)
    {
        Diskretion.Vis(antal, erAdministrator: false, Dansk).Should().Be(vist);
        Diskretion.Vis(antal, erAdministrator: true, Dansk).Should().Be(antal.ToString("N0", Dansk));
        Diskretion.Tal(antal, erAdministrator: false).Should().Be(vist == "< 5" ? null : antal);
    }

    [Fact]
    public void A_share_is_hidden_when_its_denominator_is_under_5()
    {
        Diskretion.VisAndel(3, 4, erAdministrator: false, format: Dansk).Should().Be("< 5");
        Diskretion.VisAndel(3, 4, erAdministrator: true, format: Dansk).Should().Be("75,0 %");
        Diskretion.VisAndel(3, 400, erAdministrator: false, format: Dansk).Should().Be("0,8 %");
        Diskretion.VisAndel(0, 0, erAdministrator: true, format: Dansk).Should().Be("–");
    }
}
