using System.Globalization;
using Bunit;
using JobcenterTilsyn.Domain.Adgang;
using JobcenterTilsyn.Domain.Fokusmaal;
using JobcenterTilsyn.Web.Components.UI;
using MudBlazor.Services;

namespace JobcenterTilsyn.Web.Tests.Pages.UI;

/// <summary>One goal's cell under discretion (rules.md §10): a share over fewer than 5 persons is not shown.</summary>
public sealed class MaalCelleTests : IAsyncLifetime
{
    private readonly BunitContext _bunit = new();

    public MaalCelleTests()
    {
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("da-DK");
        _bunit.JSInterop.Mode = JSRuntimeMode.Loose;
        _bunit.Services.AddMudServices();
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _bunit.DisposeAsync();

    [Fact]
    public void A_share_over_fewer_than_five_persons_is_hidden_under_discretion()
    {
        var celle = _bunit.Render<MaalCelle>(p => p.Add(c => c.Vaerdi, Diskretion.Oplys(new Maaltal(3, 4, 0.7), erAdministrator: false)));

        celle.Markup.Should().Contain("&lt; 5").And.NotContain("75,0");
        celle.Find("[data-testid=maal-celle]").GetAttribute("data-skjult").Should().Be("true");
    }

    [Fact]
    public void An_administrator_sees_the_share_over_few_persons()
    {
        var celle = _bunit.Render<MaalCelle>(p => p.Add(c => c.Vaerdi, Diskretion.Oplys(new Maaltal(3, 4, 0.7), erAdministrator: true)));

        celle.Markup.Should().Contain("75,0").And.NotContain("&lt; 5");
    }

    [Fact]
    public void A_share_over_five_or_more_is_shown_to_everyone()
    {
        var celle = _bunit.Render<MaalCelle>(p => p.Add(c => c.Vaerdi, Diskretion.Oplys(new Maaltal(5, 5, 0.7), erAdministrator: false)));

        celle.Markup.Should().Contain("100,0");
    }

    [Fact]
    public void A_small_complement_withholds_the_share_and_the_under_mark()
    {
        // 398 of 400 at 0.70 is met, 3 of 400 is not: either way the small group must not be derivable.
        foreach (var taeller in new[] { 3, 398 })
        {
            var celle = _bunit.Render<MaalCelle>(p => p.Add(c => c.Vaerdi, Diskretion.Oplys(new Maaltal(taeller, 400, 0.7), erAdministrator: false)));

            celle.Markup.Should().Contain("&lt; 5").And.NotContain("under").And.NotContain(taeller.ToString(CultureInfo.InvariantCulture) + " af");
            celle.FindAll(".maal-under").Should().BeEmpty();
        }
    }

    [Fact]
    public void A_failing_goal_shows_its_mangler_in_the_hint()
    {
        var celle = _bunit.Render<MaalCelle>(p => p.Add(c => c.Vaerdi, Diskretion.Oplys(new Maaltal(312, 450, 0.7), erAdministrator: false)));

        celle.Find("[data-testid=maal-celle]").GetAttribute("data-hint").Should().Contain("312 af 450").And.Contain("mangler 3");
        celle.FindAll(".maal-under").Should().HaveCount(1);
        celle.Find("[data-testid=maal-mangler]").TextContent.Should().Be("· mangler 3");
    }

    [Fact]
    public void A_met_goal_has_no_mangler()
    {
        var celle = _bunit.Render<MaalCelle>(p => p.Add(c => c.Vaerdi, Diskretion.Oplys(new Maaltal(7, 10, 0.7), erAdministrator: true)));

        celle.FindAll("[data-testid=maal-mangler]").Should().BeEmpty();
        celle.Markup.Should().Contain("70,0 %");
    }
}
