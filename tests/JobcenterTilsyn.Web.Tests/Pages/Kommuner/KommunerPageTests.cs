using System.Globalization;
using AngleSharp.Dom;
using Bunit;
using JobcenterTilsyn.Data;
using JobcenterTilsyn.Testing;
using JobcenterTilsyn.Web.Components.Pages.Kommuner;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using MudBlazor.Services;

namespace JobcenterTilsyn.Web.Tests.Pages.Kommuner;

/// <summary>The Kommuner page against a real, migrated PostgreSQL database (the 98 seeded kommuner).</summary>
public sealed class KommunerPageTests : IClassFixture<TestDatabase>, IAsyncLifetime
{
    // Owned rather than inherited: MudBlazor registers services that only dispose asynchronously,
    // and xunit 2 disposes a test class synchronously.
    private readonly BunitContext _bunit = new();

    public KommunerPageTests(TestDatabase database)
    {
        // The app sets da-DK per request; here the test thread stands in for the request.
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("da-DK");
        _bunit.JSInterop.Mode = JSRuntimeMode.Loose;
        _bunit.Services.AddMudServices();
        _bunit.Services.AddDbContextFactory<TilsynDbContext>(options => options.UseTilsynDatabase(database.ConnectionString));
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _bunit.DisposeAsync();

    [Fact]
    public void Lists_all_98_kommuner_with_danish_thousands_separators()
    {
        var page = _bunit.Render<KommunerPage>();

        var raekker = VentPaaRaekker(page, 98);
        var koebenhavn = raekker.Single(r => Celle(r, "kommune-navn") == "København");
        Celle(koebenhavn, "kommune-kode").Should().Be("101");
        Celle(koebenhavn, "kommune-region").Should().Be("Hovedstaden");
        Celle(koebenhavn, "kommune-indbyggere").Should().Be("660.000");
        page.Find("[data-testid=kommuner-antal]").TextContent.Should().Contain("Viser 98 af 98 kommuner");
    }

    [Fact]
    public void Choosing_a_region_shows_only_its_kommuner()
    {
        var popovers = _bunit.Render<MudPopoverProvider>();
        var page = _bunit.Render<KommunerPage>();
        VentPaaRaekker(page, 98);

        page.Find("[data-testid=region-filter]").MouseDown();
        popovers.WaitForAssertion(() => popovers.FindAll(".mud-list-item").Should().HaveCount(6));
        popovers.FindAll(".mud-list-item").Single(item => item.TextContent.Trim() == "Nordjylland").Click();

        var raekker = VentPaaRaekker(page, 11);
        raekker.Select(r => Celle(r, "kommune-region")).Should().AllBe("Nordjylland");
        raekker.Select(r => Celle(r, "kommune-navn")).Should().Contain("Aalborg").And.NotContain("København");
        page.Find("[data-testid=kommuner-antal]").TextContent.Should().Contain("Viser 11 af 98 kommuner");
    }

    [Fact]
    public void Searching_narrows_the_list_and_says_when_nothing_matches()
    {
        var page = _bunit.Render<KommunerPage>();
        VentPaaRaekker(page, 98);

        page.Find("[data-testid=kommune-soegning]").Input("frederik");
        page.WaitForAssertion(() => page.FindAll("[data-testid=kommune-navn]").Select(c => c.TextContent.Trim())
            .Should().Equal("Frederiksberg", "Frederikssund", "Frederikshavn"));

        page.Find("[data-testid=kommune-soegning]").Input("xyz");
        page.WaitForAssertion(() => page.Find("[data-testid=ingen-kommuner]").TextContent
            .Should().Contain("Ingen kommuner passer til filteret"));
    }

    private static IReadOnlyList<IElement> VentPaaRaekker(IRenderedComponent<KommunerPage> page, int antal)
    {
        page.WaitForAssertion(() => page.FindAll("[data-testid=kommuner-tabel] tbody tr").Should().HaveCount(antal),
            TimeSpan.FromSeconds(10));
        return page.FindAll("[data-testid=kommuner-tabel] tbody tr");
    }

    private static string Celle(IElement raekke, string testId) =>
        raekke.QuerySelector($"[data-testid={testId}]")!.TextContent.Trim();
}
