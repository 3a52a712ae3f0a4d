using System.Net;
using JobcenterTilsyn.Domain.Adgang;
using JobcenterTilsyn.EndToEnd.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace JobcenterTilsyn.EndToEnd.Tests.Shell;

[Collection(AppCollection.Name)]
public sealed class AppShellTests(AppServerFixture app, BrowserFixture browser)
{
    [Fact]
    public async Task Health_is_200_Healthy_when_the_database_is_up()
    {
        using var client = app.CreateHttpClient();

        var response = await client.GetAsync("/health");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync()).Should().Be("""{"status":"Healthy","checks":{"database":"Healthy"}}""");
    }

    [Fact]
    public async Task The_menu_leads_from_Overblik_to_Kommuner()
    {
        await using var session = await browser.OpenSessionAsync(app);
        await session.SignInAsync(Rolle.Analytiker);
        await session.GotoAsync("/");
        await Expect(session.ByTestId("app-title")).ToHaveTextAsync("JobcenterTilsyn");
        await Expect(session.Page.Locator("html")).ToHaveAttributeAsync("lang", "da");
        await Expect(session.Page.GetByRole(AriaRole.Heading, new() { Name = "Overblik", Level = 1 })).ToBeVisibleAsync();

        await session.ByTestId("nav-kommuner").ClickAsync();

        await Expect(session.Page).ToHaveURLAsync(new Uri(app.BaseAddress, "kommuner").ToString());
        await Expect(session.Page.GetByRole(AriaRole.Heading, new() { Name = "Kommuner", Level = 1 })).ToBeVisibleAsync();
        await Expect(session.Page.Locator("[data-testid=kommuner-tabel] tbody tr")).ToHaveCountAsync(98);
        session.Errors.Should().BeEmpty();
    }
}
