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

    [Fact]
    public async Task The_menu_marks_the_current_page_and_its_button_hides_and_shows_it()
    {
        await using var session = await browser.OpenSessionAsync(app);
        await session.SignInAsync(Rolle.Analytiker);
        await session.Page.SetViewportSizeAsync(1440, 900);
        await session.GotoAsync("/?maaned=2025-11");
        var overblik = session.ByTestId("nav-overblik");
        var kommuner = session.ByTestId("nav-kommuner");
        await Expect(overblik).ToHaveAttributeAsync("aria-current", "page");
        await Expect(kommuner).Not.ToHaveAttributeAsync("aria-current", "page");

        await kommuner.ClickAsync();
        await Expect(kommuner).ToHaveAttributeAsync("aria-current", "page");
        await Expect(overblik).Not.ToHaveAttributeAsync("aria-current", "page");
        await Expect(session.ByTestId("brugermenu").Locator("input[name=returnUrl]")).ToHaveValueAsync("kommuner");

        // The button slides the menu out of view and back; the page's content takes the room.
        var menu = session.ByTestId("menu");
        var knap = session.ByTestId("menu-toggle");
        await Expect(knap).ToHaveAttributeAsync("aria-expanded", "true");
        await knap.ClickAsync();
        await Expect(knap).ToHaveAttributeAsync("aria-expanded", "false");
        await session.Page.WaitForFunctionAsync("() => document.querySelector('[data-testid=menu]').getBoundingClientRect().right <= 0");
        await knap.ClickAsync();
        await Expect(knap).ToHaveAttributeAsync("aria-expanded", "true");
        await session.Page.WaitForFunctionAsync("() => document.querySelector('[data-testid=menu]').getBoundingClientRect().left >= 0");
        await Expect(kommuner).ToBeInViewportAsync();

        // On a phone the menu opens over the page, with the user's name and role at its top.
        await session.Page.SetViewportSizeAsync(390, 844);
        await session.GotoAsync("/kommuner");
        await Expect(kommuner).Not.ToBeInViewportAsync();
        await knap.ClickAsync();
        await Expect(kommuner).ToBeInViewportAsync();
        await Expect(session.ByTestId("menu-bruger")).ToContainTextAsync("Analytiker");
        await session.Page.ScreenshotAsync(new() { Path = TestArtifacts.PathFor("screenshots", "menu-390.png") });
        await session.ByTestId("nav-benchmark").ClickAsync();
        await Expect(session.Page).ToHaveURLAsync(new Uri(app.BaseAddress, "benchmark").ToString());
        await Expect(session.ByTestId("nav-benchmark")).ToHaveAttributeAsync("aria-current", "page");
        session.Errors.Should().BeEmpty();
    }
}
