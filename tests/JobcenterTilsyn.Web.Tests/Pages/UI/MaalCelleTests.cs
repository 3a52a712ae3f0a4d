using System.Globalization;
using Bunit;
using JobcenterTilsyn.Data.Laesemodeller;
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
        var celle = _bunit.Render<MaalCelle>(p => p.Add(c => c.Vaerdi, new Maaltal(3, 4, 0.7)).Add(c => c.Diskretion, true));

        celle.Markup.Should().Contain("&lt; 5").And.NotContain("75,0");
        celle.Find("[data-testid=maal-celle]").GetAttribute("data-skjult").Should().Be("true");
    }

    [Fact]
    public void An_administrator_sees_the_share_over_few_persons()
    {
        var celle = _bunit.Render<MaalCelle>(p => p.Add(c => c.Vaerdi, new Maaltal(3, 4, 0.7)).Add(c => c.Diskretion, false));

        celle.Markup.Should().Contain("75,0").And.NotContain("&lt; 5");
    }

    [Fact]
    public void A_share_over_five_or_more_is_shown_to_everyone()
    {
        var celle = _bunit.Render<MaalCelle>(p => p.Add(c => c.Vaerdi, new Maaltal(4, 5, 0.7)).Add(c => c.Diskretion, true));

        celle.Markup.Should().Contain("80,0");
    }
}
