using JobcenterTilsyn.Domain.Adgang;
using JobcenterTilsyn.EndToEnd.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace JobcenterTilsyn.EndToEnd.Tests.Kommuner;

[Collection(AppCollection.Name)]
public sealed class KommunerPageTests(AppServerFixture app, BrowserFixture browser)
{
    [Fact]
    public async Task Choosing_Nordjylland_shows_exactly_its_11_kommuner()
    {
        await using var session = await browser.OpenSessionAsync(app);
        await session.SignInAsync(Rolle.Analytiker);
        await session.GotoAsync("/kommuner");
        var raekker = session.Page.Locator("[data-testid=kommuner-tabel] tbody tr");
        await Expect(raekker).ToHaveCountAsync(98);
        await Expect(session.Page.GetByRole(AriaRole.Cell, new() { Name = "660.000", Exact = true })).ToBeVisibleAsync();

        await session.ByTestId("region-filter").ClickAsync();
        await session.Page.GetByRole(AriaRole.Option, new() { Name = "Nordjylland", Exact = true }).ClickAsync();

        await Expect(raekker).ToHaveCountAsync(11);
        await Expect(session.ByTestId("kommuner-antal")).ToContainTextAsync("Viser 11 af 98 kommuner");
        var navne = await session.ByTestId("kommune-navn").AllInnerTextsAsync();
        navne.Should().Contain("Aalborg").And.NotContain("København");
        (await session.ByTestId("kommune-region").AllInnerTextsAsync()).Should().AllBe("Nordjylland");
        await session.ScreenshotAsync("kommuner-nordjylland");
        session.Errors.Should().BeEmpty();
    }

    [Fact]
    public async Task Searching_for_part_of_a_name_finds_the_kommune()
    {
        await using var session = await browser.OpenSessionAsync(app);
        await session.SignInAsync(Rolle.Analytiker);
        await session.GotoAsync("/kommuner");

        await session.ByTestId("kommune-soegning").FillAsync("aalb");

        await Expect(session.ByTestId("kommune-navn")).ToHaveTextAsync(["Aalborg"]);
        session.Errors.Should().BeEmpty();
    }
}
