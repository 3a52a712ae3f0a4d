using System.Security.Claims;
using JobcenterTilsyn.Domain.Adgang;
using JobcenterTilsyn.Web.Components.Layout;
using JobcenterTilsyn.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.DependencyInjection;

namespace JobcenterTilsyn.Web.Tests.Pages.Layout;

/// <summary>The main menu: each role's links, asked of the app's own policies, and which link is the current page.</summary>
public sealed class MenupunkterTests
{
    private static readonly IAuthorizationService Autorisation = new ServiceCollection()
        .AddLogging()
        .AddAuthorizationCore(Politikker.Tilfoej)
        .BuildServiceProvider()
        .GetRequiredService<IAuthorizationService>();

    private static ClaimsPrincipal Bruger(string rolle, short? kommune = null)
    {
        var claims = new List<Claim> { new(ClaimTypes.Name, "x@demo.dk"), new(ClaimTypes.Role, rolle) };
        if (kommune is { } k) claims.Add(new Claim(Brugerclaims.Kommunekode, k.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        return new ClaimsPrincipal(new ClaimsIdentity(claims, "test"));
    }

    private static async Task<IEnumerable<string>> LinksAsync(ClaimsPrincipal bruger) =>
        (await Menupunkter.ForAsync(bruger, Autorisation)).Select(p => p.Href);

    [Fact]
    public async Task An_analyst_sees_the_figures_scenarios_and_cases()
    {
        (await LinksAsync(Bruger(Roller.Analytiker))).Should().Equal("", "kommuner", "benchmark", "udpegning", "scenarier", "tilsynssager");
    }

    [Fact]
    public async Task A_manager_sees_the_own_kommune_and_no_scenarios()
    {
        (await LinksAsync(Bruger(Roller.Jobcenterchef, 101))).Should().Equal("", "kommuner", "benchmark", "udpegning", "kommune/101", "tilsynssager");
    }

    [Fact]
    public async Task An_administrator_also_sees_import_and_administration()
    {
        (await LinksAsync(Bruger(Roller.Administrator))).Should().Equal("", "kommuner", "benchmark", "udpegning", "scenarier", "tilsynssager", "import", "administration");
    }

    [Fact]
    public async Task A_user_without_a_role_sees_no_links()
    {
        (await LinksAsync(new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.Name, "x")], "test")))).Should().BeEmpty();
        (await LinksAsync(new ClaimsPrincipal(new ClaimsIdentity()))).Should().BeEmpty();
    }

    [Theory]
    [InlineData("", true)]
    [InlineData("?maaned=2025-11", true)]
    [InlineData("#indhold", true)]
    [InlineData("kommuner", false)]
    public void The_overview_is_active_only_on_its_own_address(string adresse, bool aktiv)
    {
        var overblik = new Menupunkt("", "Overblik", "", "nav-overblik", HeleAdressen: true);

        overblik.ErAktiv(adresse).Should().Be(aktiv);
    }

    [Theory]
    [InlineData("kommuner", true)]
    [InlineData("kommuner?region=Nordjylland", true)]
    [InlineData("kommuner/", true)]
    [InlineData("kommune/101", false)]
    [InlineData("kommunerne", false)]
    [InlineData("", false)]
    public void Another_link_is_active_on_its_page_and_the_pages_below_it(string adresse, bool aktiv)
    {
        var kommuner = new Menupunkt("kommuner", "Kommuner", "", "nav-kommuner");

        kommuner.ErAktiv(adresse).Should().Be(aktiv);
    }

    [Fact]
    public void The_own_kommune_is_active_on_its_report_too()
    {
        var egen = new Menupunkt("kommune/101", "Min kommune", "", "nav-min-kommune");

        egen.ErAktiv("kommune/101/rapport?aar=2025").Should().BeTrue();
        egen.ErAktiv("kommune/1010").Should().BeFalse();
    }
}
