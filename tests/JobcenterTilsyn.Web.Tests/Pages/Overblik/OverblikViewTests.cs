using System.Globalization;
using AngleSharp.Html.Parser;
using Bunit;
using JobcenterTilsyn.Domain.Adgang;
using JobcenterTilsyn.Domain.Fokusmaal;
using JobcenterTilsyn.Domain.Tid;
using JobcenterTilsyn.Web.Components.Pages.Overblik;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using MudBlazor.Services;
using Laesemodel = JobcenterTilsyn.Data.ReadModels;

namespace JobcenterTilsyn.Web.Tests.Pages.Overblik;

/// <summary>The overview's rows rendered once to HTML for every circuit of one kind of viewer (OverblikViewCache).</summary>
public sealed class OverblikViewTests : IAsyncLifetime
{
    // bUnit's container: the app's services as far as MudBlazor needs them (its JS runtime is never called when rendering to HTML).
    private readonly BunitContext _bunit = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _bunit.DisposeAsync();

    private async Task<OverblikView> ByggetAsync()
    {
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("da-DK");
        _bunit.JSInterop.Mode = JSRuntimeMode.Strict;
        _bunit.Services.AddMudServices();
        var landet = new Dictionary<Maal, OplystMaaltal> { [Maal.ATilbud12m] = Diskretion.Oplys(new Maaltal(700, 1000, 0.7), erAdministrator: false) };
        var overblik = new Laesemodel.Overblik(new Maaned(2025, 12), [new Maaned(2025, 12)], 2025, 2025, OverblikTestdata.Alle, landet)
        {
            UdsigtMaaned = new Maaned(2026, 1),
        };
        return await OverblikViewCache.BygAsync(overblik, _bunit.Services.GetRequiredService<IServiceScopeFactory>(), NullLoggerFactory.Instance);
    }

    private static AngleSharp.Dom.IElement Raekke(MarkupString celler) =>
        new HtmlParser().ParseDocument($"<table><tbody><tr>{celler.Value}</tr></tbody></table>").QuerySelector("tr")!;

    [Fact]
    public async Task Each_row_shows_what_the_viewer_may_see_as_the_page_did()
    {
        var visning = await ByggetAsync();

        // Aalborg's B is 8 of 10: the 2 outside it are fewer than 5, so the share is withheld.
        var aalborg = Raekke(visning.Celler[851]);
        aalborg.QuerySelector("[data-testid=celle-B] .maal-celle")!.TextContent.Trim().Should().Be(Diskretion.Skjult);
        aalborg.QuerySelector("[data-testid=celle-B] .maal-celle")!.GetAttribute("data-skjult").Should().Be("true");
        aalborg.TextContent.Should().NotContain("80,0");
        aalborg.QuerySelector("a[data-testid=kommune-link]")!.GetAttribute("href").Should().Be("kommune/851");
        aalborg.QuerySelector("a[data-testid=kommune-link]")!.TextContent.Should().Be("Aalborg");

        // København's A is under the goal: share, the word "under" and how many are missing.
        var koebenhavn = Raekke(visning.Celler[101]);
        var a = koebenhavn.QuerySelector("[data-testid=celle-A] .maal-celle")!;
        a.TextContent.Should().Contain("67,9 %").And.Contain("under");
        koebenhavn.QuerySelector("[data-testid=maal-mangler]")!.TextContent.Should().Be("· mangler 21");
        koebenhavn.QuerySelector("[data-testid=kategori]")!.GetAttribute("data-kategori").Should().Be("risikozone");
        koebenhavn.QuerySelector("[data-testid=rang]")!.TextContent.Should().Be("70");

        visning.RegionValg.Should().Equal("", "Hovedstaden", "Nordjylland");
        Raekke(visning.Landstal).QuerySelector("[data-testid=landstal-A]")!.TextContent.Should().Contain("70,0 %");
    }
}
