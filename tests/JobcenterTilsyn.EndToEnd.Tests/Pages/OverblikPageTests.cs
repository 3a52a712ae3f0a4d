using JobcenterTilsyn.Domain.Adgang;
using System.Text;
using JobcenterTilsyn.EndToEnd.Tests.Infrastructure;
using JobcenterTilsyn.Testing;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace JobcenterTilsyn.EndToEnd.Tests.Pages;

[Collection(AppCollection.Name)]
public sealed class OverblikPageTests(AppServerFixture app, BrowserFixture browser) : IAsyncLifetime
{
    public Task InitializeAsync() => DemoResultater.SikrAsync(app.Database.ConnectionString);

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task The_overview_shows_98_kommuner_of_the_latest_month_and_filters_by_region()
    {
        await using var session = await browser.OpenSessionAsync(app);
        await session.SignInAsync(Rolle.Analytiker);
        await session.GotoAsync("/");
        var raekker = session.Page.Locator("[data-testid=overblik-raekke]");
        await Expect(raekker).ToHaveCountAsync(98);
        await Expect(session.ByTestId("overblik-beskrivelse")).ToContainTextAsync("december 2025");
        await Expect(session.ByTestId("landstal-A")).ToContainTextAsync("%");
        await session.ScreenshotAsync("overblik");

        await session.ByTestId("region-filter").SelectOptionAsync(new SelectOptionValue { Label = "Nordjylland" });

        await Expect(raekker).ToHaveCountAsync(11);
        await Expect(session.ByTestId("overblik-antal")).ToContainTextAsync("Viser 11 af 98 kommuner");
        await session.ScreenshotAsync("overblik-nordjylland");
        session.Errors.Should().BeEmpty();
    }

    [Fact]
    public async Task The_month_select_offers_every_computed_month_and_shows_the_one_chosen()
    {
        await using var session = await browser.OpenSessionAsync(app);
        await session.SignInAsync(Rolle.Analytiker);
        await session.GotoAsync("/");
        await Expect(session.ByTestId("overblik-beskrivelse")).ToContainTextAsync("december 2025");

        // The browser's own select: every computed month, newest first, the shown one chosen.
        var valg = session.ByTestId("maaned-valg").Locator("option");
        await Expect(valg).ToHaveCountAsync(48);
        await Expect(valg.First).ToHaveTextAsync("december 2025");
        await Expect(session.ByTestId("maaned-valg").Locator("option:checked")).ToHaveTextAsync("december 2025");
        await Expect(session.Page.GetByLabel("Måned", new() { Exact = true })).ToHaveCountAsync(1);
        await session.ByTestId("maaned-valg").SelectOptionAsync(new SelectOptionValue { Label = "november 2025" });

        await Expect(session.Page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex(@"\?maaned=2025-11$"));
        await Expect(session.ByTestId("overblik-beskrivelse")).ToContainTextAsync("november 2025");
        await Expect(session.Page.Locator("[data-testid=overblik-raekke]")).ToHaveCountAsync(98);
        await Expect(session.ByTestId("maaned-valg").Locator("option:checked")).ToHaveTextAsync("november 2025");
        session.Errors.Should().BeEmpty();
    }

    [Fact]
    public async Task The_csv_export_holds_exactly_the_filtered_rows_in_danish_format()
    {
        await using var session = await browser.OpenSessionAsync(app);
        await session.SignInAsync(Rolle.Analytiker);
        await session.GotoAsync("/");
        await session.ByTestId("overblik-soegning").FillAsync("frederik");
        await Expect(session.ByTestId("overblik-antal")).ToContainTextAsync("Viser 3 af 98 kommuner");

        var download = await session.Page.RunAndWaitForDownloadAsync(() => session.ByTestId("eksport-csv").ClickAsync());

        download.SuggestedFilename.Should().Be("overblik_2025-12_soeg-frederik.csv");
        var sti = await download.PathAsync();
        var bytes = await File.ReadAllBytesAsync(sti!);
        bytes.Take(3).Should().Equal(0xEF, 0xBB, 0xBF);
        var alle = Encoding.UTF8.GetString(bytes[3..]).Split("\r\n");
        alle.Should().Contain("Filtre;\"Søgning: \"\"frederik\"\"\"");
        alle.Should().Contain("Måned;december 2025 (2025-12)");
        alle.Should().Contain(l => System.Text.RegularExpressions.Regex.IsMatch(l, @"^Udtrukket;\d{1,2}\. [a-zæøå]{3,4}\.? \d{4} kl\. \d{2}\.\d{2}$"));
        var linjer = alle.SkipWhile(l => !l.StartsWith("Kode;", StringComparison.Ordinal)).Where(l => l.Length > 0).ToList();
        linjer[0].Should().StartWith("Kode;Kommune;Region;A andel (%);A tæller;A nævner");
        linjer.Skip(1).Select(l => l.Split(';')[1]).Should().BeEquivalentTo(["Frederiksberg", "Frederikssund", "Frederikshavn"]);
        // A share as a plain Danish number, or empty where discretion withholds it (rules.md §10); never "< 5" text.
        linjer.Skip(1).Select(l => l.Split(';')[3]).Should().OnlyContain(a => System.Text.RegularExpressions.Regex.IsMatch(a, @"^(\d{1,3}(,\d)?|)$"));

        // Escape empties the search field (the browser's own, as MudTextField's clear button did), and all rows return.
        await session.ByTestId("overblik-soegning").PressAsync("Escape");
        await Expect(session.ByTestId("overblik-soegning")).ToHaveValueAsync("");
        await Expect(session.ByTestId("overblik-antal")).ToContainTextAsync("Viser 98 af 98 kommuner");
        session.Errors.Should().BeEmpty();
    }

    [Fact]
    public async Task A_kommune_name_in_the_overview_opens_its_page()
    {
        await using var session = await browser.OpenSessionAsync(app);
        await session.SignInAsync(Rolle.Analytiker);
        await session.GotoAsync("/");
        await session.ByTestId("overblik-soegning").FillAsync("aalborg");
        await Expect(session.ByTestId("overblik-antal")).ToContainTextAsync("Viser 1 af 98 kommuner");

        await session.ByTestId("kommune-link").ClickAsync();

        await Expect(session.Page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/kommune/851$"));
        session.Errors.Should().BeEmpty();
    }
}
