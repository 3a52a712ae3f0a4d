using JobcenterTilsyn.Domain.Adgang;
using JobcenterTilsyn.EndToEnd.Tests.Infrastructure;
using JobcenterTilsyn.Testing;
using static Microsoft.Playwright.Assertions;

namespace JobcenterTilsyn.EndToEnd.Tests.Pages;

[Collection(AppCollection.Name)]
public sealed class KommunePageTests(AppServerFixture app, BrowserFixture browser) : IAsyncLifetime
{
    public Task InitializeAsync() => DemoResultater.SikrAsync(app.Database.ConnectionString);

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task A_kommune_shows_four_trend_charts_its_benchmark_and_its_peers()
    {
        await using var session = await browser.OpenSessionAsync(app);
        await session.SignInAsync(Rolle.Analytiker);
        await session.GotoAsync("/kommune/851");

        await Expect(session.ByTestId("kommune-navn")).ToHaveTextAsync("Aalborg Kommune");
        var diagrammer = session.ByTestId("trend-chart");
        await Expect(diagrammer).ToHaveCountAsync(4);
        await Expect(diagrammer.First).ToHaveAttributeAsync("data-punkter", "48");
        await Expect(session.ByTestId("trend-graense")).ToHaveCountAsync(2);
        await Expect(session.ByTestId("benchmark-rang")).ToContainTextAsync("af 98");
        // The row is labelled "Sandsynligt interval (90 %)"; the value is the bare interval, not the label again.
        await Expect(session.ByTestId("benchmark-rang-interval")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex(@"^\d+–\d+$"));
        await Expect(session.ByTestId("benchmark-historik")).ToHaveAttributeAsync("data-punkter", "7", new() { Timeout = 10_000 });
        await Expect(session.ByTestId("benchmark-historik-tabel").Locator("tbody tr")).ToHaveCountAsync(7);
        await Expect(session.ByTestId("benchmark-historik-tabel")).ToContainTextAsync("juli 2024 – juni 2025");
        await Expect(session.ByTestId("benchmark-historik-tabel")).Not.ToContainTextAsync("Modelversion");
        var detaljer = session.ByTestId("benchmark-historik-detaljer");
        await detaljer.Locator("summary").ClickAsync();
        await Expect(detaljer.Locator("tbody tr")).ToHaveCountAsync(7);
        await Expect(session.ByTestId("benchmark-kroner")).ToContainTextAsync("kr.");
        await Expect(session.ByTestId("laer-af-link")).ToHaveCountAsync(3);
        await Expect(session.ByTestId("tilsynssager-link")).ToHaveAttributeAsync("href", "tilsynssager?kommune=851");
        await Expect(session.ByTestId("udpegningshistorik").Locator("tbody tr")).ToHaveCountAsync(4);
        await session.ScreenshotAsync("kommune-aalborg");
        session.Errors.Should().BeEmpty();
    }

    [Fact]
    public async Task A_peer_link_opens_the_peers_page()
    {
        await using var session = await browser.OpenSessionAsync(app);
        await session.SignInAsync(Rolle.Analytiker);
        await session.GotoAsync("/kommune/101");
        var peer = session.ByTestId("laer-af-link").First;
        var navn = await peer.InnerTextAsync();

        await peer.ClickAsync();

        await Expect(session.ByTestId("kommune-navn")).ToHaveTextAsync(navn + " Kommune");
        session.Errors.Should().BeEmpty();
    }

    [Fact]
    public async Task A_manager_lands_on_the_own_kommune_and_sees_case_status_only_there()
    {
        await using var session = await browser.OpenSessionAsync(app);
        await session.SignInAsync(Rolle.Jobcenterchef);

        await Expect(session.Page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex($"/kommune/{Testbrugere.ChefensKommune}$"));
        await Expect(session.ByTestId("kommune-navn")).ToHaveTextAsync("København Kommune");
        await Expect(session.ByTestId("kommune-sagsstatus")).ToBeVisibleAsync();
        await Expect(session.ByTestId("benchmark-historik-tabel")).ToBeVisibleAsync(new() { Timeout = 10_000 });
        await Expect(session.ByTestId("benchmark-historik-detaljer")).ToHaveCountAsync(0);
        await Expect(session.Page.GetByText("Modelversion")).ToHaveCountAsync(0);
        await Expect(session.ByTestId("nav-min-kommune")).ToHaveAttributeAsync("href", $"kommune/{Testbrugere.ChefensKommune}");

        await session.GotoAsync($"/kommune/{Testbrugere.AndenKommune}");
        await Expect(session.ByTestId("kommune-navn")).ToHaveTextAsync("Aalborg Kommune");
        await Expect(session.ByTestId("kommune-sagsstatus")).ToHaveCountAsync(0);
        session.Errors.Should().BeEmpty();
    }
}
