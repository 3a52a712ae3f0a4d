using JobcenterTilsyn.Domain.Adgang;
using JobcenterTilsyn.EndToEnd.Tests.Infrastructure;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace JobcenterTilsyn.EndToEnd.Tests.Security;

[Collection(AppCollection.Name)]
public sealed class SikkerhedTests(AppServerFixture app, BrowserFixture browser)
{
    [Fact]
    public async Task The_browser_enforces_the_CSP_while_the_app_itself_causes_no_violation()
    {
        await using var session = await browser.OpenSessionAsync(app);
        await session.SignInAsync(Rolle.Administrator);
        foreach (var side in new[] { "/", "/kommuner", "/tilsynssager", "/administration/brugere" })
        {
            await session.GotoAsync(side);
        }
        session.Errors.Should().BeEmpty("Blazor Server and MudBlazor run under script-src 'self' without inline scripts or eval");

        // An injected inline script is refused, and the refusal is what Errors would catch on any page.
        await session.Page.EvaluateAsync("() => { const s = document.createElement('script'); s.textContent = 'window.injiceret = 1'; document.head.appendChild(s); }");
        await Expect(session.Page.Locator("body")).ToBeVisibleAsync();
        (await session.Page.EvaluateAsync<bool>("() => window.injiceret === undefined")).Should().BeTrue();
        session.Errors.Should().Contain(e => e.Contains("Content Security Policy"));
    }

    [Fact]
    public async Task Signing_out_returns_to_the_sign_in_page_and_the_pages_are_closed_again()
    {
        await using var session = await browser.OpenSessionAsync(app);
        await session.SignInAsync(Rolle.Analytiker);
        await Expect(session.ByTestId("bruger-rolle")).ToContainTextAsync("Analytiker");
        await Expect(session.ByTestId("nav-administration")).ToHaveCountAsync(0);

        await session.ByTestId("log-ud").ClickAsync();

        await Expect(session.ByTestId("log-ind-knap")).ToBeVisibleAsync();
        await session.Page.GotoAsync("tilsynssager");
        await Expect(session.Page).ToHaveURLAsync(new Regex("/konto/log-ind\\?ReturnUrl=%2Ftilsynssager$"));
        session.Errors.Should().BeEmpty();
    }

    [Fact]
    public async Task A_wrong_password_shows_a_danish_message_on_the_sign_in_page()
    {
        await using var session = await browser.OpenSessionAsync(app);
        await session.Page.GotoAsync("konto/log-ind");
        await session.ByTestId("log-ind-email").FillAsync(app.Brugere.Analytiker.Email);
        await session.ByTestId("log-ind-adgangskode").FillAsync("Forkert-Adgangskode-1");

        await session.ByTestId("log-ind-knap").ClickAsync();

        await Expect(session.ByTestId("log-ind-fejl")).ToContainTextAsync("Forkert e-mail eller adgangskode.");
        await session.ScreenshotAsync("log-ind-fejl");
        session.Errors.Should().BeEmpty();
    }

    [Fact]
    public async Task An_administrator_creates_a_manager_and_disables_the_user_again()
    {
        await using var session = await browser.OpenSessionAsync(app);
        await session.SignInAsync(Rolle.Administrator);
        await session.GotoAsync("/administration");
        await session.ByTestId("admin-brugere").ClickAsync();
        await Expect(session.ByTestId("brugere-tabel")).ToBeVisibleAsync();

        await session.ByTestId("ny-email").FillAsync("ny.chef@aarhus.dk");
        await session.ByTestId("ny-navn").FillAsync("Ny Chef");
        await session.SelectAsync("ny-rolle", "Jobcenterchef");
        await session.SelectAsync("ny-kommune", "751 Aarhus");
        await session.ByTestId("gem-bruger").ClickAsync();

        await Expect(session.ByTestId("ny-adgangskode")).ToContainTextAsync("ny.chef@aarhus.dk");
        var adgangskode = await session.ByTestId("ny-adgangskode-vaerdi").InnerTextAsync();
        var raekke = session.Page.Locator("tr", new() { Has = session.Page.GetByText("ny.chef@aarhus.dk") });
        await Expect(raekke.GetByTestId("bruger-rolle")).ToHaveTextAsync("Jobcenterchef");
        await Expect(raekke.GetByTestId("bruger-status")).ToContainTextAsync("Aktiv");
        await session.ScreenshotAsync("brugere");

        // The new manager can sign in with the shown password and sees only Aarhus.
        await using (var chef = await browser.OpenSessionAsync(app))
        {
            await chef.SignInAsync(new Testing.Testbruger("ny.chef@aarhus.dk", Rolle.Jobcenterchef, 751, adgangskode));
            await Expect(chef.ByTestId("bruger-rolle")).ToContainTextAsync("Jobcenterchef (751)");
        }

        // Disabling asks first: "Fortryd" keeps the user active, "Deaktivér" in the dialog disables.
        await raekke.GetByTestId("deaktiver").ClickAsync();
        await session.Page.GetByRole(AriaRole.Dialog).GetByRole(AriaRole.Button, new() { Name = "Fortryd" }).ClickAsync();
        await Expect(session.Page.GetByRole(AriaRole.Dialog)).ToHaveCountAsync(0);
        await Expect(raekke.GetByTestId("bruger-status")).ToContainTextAsync("Aktiv");
        await raekke.GetByTestId("deaktiver").ClickAsync();
        await Expect(session.Page.GetByRole(AriaRole.Dialog)).ToContainTextAsync("ny.chef@aarhus.dk logges ud med det samme");
        await session.Page.GetByRole(AriaRole.Dialog).GetByRole(AriaRole.Button, new() { Name = "Deaktivér" }).ClickAsync();
        await Expect(raekke.GetByTestId("bruger-status")).ToContainTextAsync("Deaktiveret");
        // An administrator is never offered to disable their own account.
        var egen = session.Page.Locator("tr", new() { Has = session.Page.GetByText(app.Brugere.Admin.Email, new() { Exact = true }) });
        await Expect(egen.GetByTestId("deaktiver")).ToHaveCountAsync(0);
        session.Errors.Should().BeEmpty();
    }
}
