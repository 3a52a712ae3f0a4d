using System.Net;
using System.Net.Http.Headers;
using JobcenterTilsyn.Domain.Adgang;
using JobcenterTilsyn.EndToEnd.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace JobcenterTilsyn.EndToEnd.Tests.Api;

/// <summary>The API reference page in a real browser under the CSP, and API keys created and revoked on the admin page.</summary>
[Collection(AppCollection.Name)]
public sealed class ApiTests(AppServerFixture app, BrowserFixture browser)
{
    [Fact]
    public async Task The_scalar_reference_renders_the_api_under_the_csp_without_errors()
    {
        await using var session = await browser.OpenSessionAsync(app);
        await session.SignInAsync(Rolle.Analytiker);

        // The reference's script bundle is large; on a busy test machine it can take a while.
        await session.Page.GotoAsync("scalar/v1", new() { WaitUntil = WaitUntilState.DOMContentLoaded, Timeout = 60_000 });

        await Expect(session.Page.GetByText("JobcenterTilsyn API").First).ToBeVisibleAsync(new() { Timeout = 60_000 });
        // The groups are listed by their tags (English resource names, docs/api.md).
        await Expect(session.Page.GetByText("Municipalities").First).ToBeAttachedAsync(new() { Timeout = 30_000 });
        await Expect(session.Page.GetByText("Measures").First).ToBeAttachedAsync(new() { Timeout = 30_000 });
        await session.ScreenshotAsync("scalar");
        session.Errors.Should().BeEmpty("Scalar's inline script runs by its nonce and nothing is loaded from outside: {0}", string.Join(" | ", session.Errors));
    }

    [Fact]
    public async Task An_administrator_creates_a_key_that_works_once_shown_and_revokes_it()
    {
        await using var session = await browser.OpenSessionAsync(app);
        await session.SignInAsync(Rolle.Administrator);
        await session.GotoAsync("/administration");
        await session.ByTestId("admin-api-noegler").ClickAsync();
        await Expect(session.ByTestId("noegle-tabel")).ToBeVisibleAsync();

        await session.ByTestId("noegle-navn").FillAsync("Aarhus-script");
        await session.SelectAsync("noegle-rolle", "Jobcenterchef");
        await session.SelectAsync("noegle-kommune", "751 Aarhus");
        await session.ByTestId("opret-noegle").ClickAsync();

        // Either the key or the page's own error; the error's text says what went wrong if the form lost a value.
        await Expect(session.ByTestId("ny-noegle").Or(session.ByTestId("noegle-fejl"))).ToBeVisibleAsync();
        await Expect(session.ByTestId("noegle-fejl")).ToHaveCountAsync(0);
        await Expect(session.ByTestId("ny-noegle")).ToContainTextAsync("Aarhus-script");
        var noegle = await session.ByTestId("ny-noegle-vaerdi").InnerTextAsync();
        var raekke = session.Page.Locator("tr", new() { Has = session.Page.GetByText("Aarhus-script") });
        await Expect(raekke.GetByTestId("noegle-status")).ToContainTextAsync("Aktiv");
        await session.ScreenshotAsync("api-noegler");

        using var client = app.CreateHttpClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", noegle);
        (await client.GetAsync("api/v1/cases")).StatusCode.Should().Be(HttpStatusCode.OK);

        await raekke.GetByTestId("tilbagekald").ClickAsync();
        await Expect(raekke.GetByTestId("noegle-status")).ToContainTextAsync("Tilbagekaldt");
        (await client.GetAsync("api/v1/cases")).StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        (await session.Page.ContentAsync()).Should().NotContain(noegle, "the key is shown only right after it was created");
        session.Errors.Should().BeEmpty();
    }
}
