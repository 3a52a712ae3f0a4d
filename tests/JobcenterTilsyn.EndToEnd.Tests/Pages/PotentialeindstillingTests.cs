using JobcenterTilsyn.Domain.Adgang;
using JobcenterTilsyn.EndToEnd.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace JobcenterTilsyn.EndToEnd.Tests.Pages;

[Collection(AppCollection.Name)]
public sealed class PotentialeindstillingTests(AppServerFixture app, BrowserFixture browser)
{
    [Fact]
    public async Task An_administrator_sets_the_cost_per_fuldtidsperson_and_returns_to_the_configured_one()
    {
        await using var session = await browser.OpenSessionAsync(app);
        await session.SignInAsync(Rolle.Administrator);
        await session.GotoAsync("/administration");
        await Expect(session.ByTestId("potentiale-kilde")).ToContainTextAsync("Ikke sat");

        await session.ByTestId("potentiale-kroner").FillAsync("82000");
        await session.ByTestId("potentiale-gem").ClickAsync();

        await Expect(session.ByTestId("potentiale-kilde")).ToContainTextAsync("Sat af");
        await session.ByTestId("potentiale-nulstil").ClickAsync();
        await Expect(session.ByTestId("potentiale-kilde")).ToContainTextAsync("Ikke sat");
        session.Errors.Should().BeEmpty();
    }
}
