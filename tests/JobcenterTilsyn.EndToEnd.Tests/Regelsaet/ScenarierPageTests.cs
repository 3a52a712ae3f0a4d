using ClosedXML.Excel;
using JobcenterTilsyn.Domain.Adgang;
using JobcenterTilsyn.EndToEnd.Tests.Infrastructure;
using JobcenterTilsyn.Testing;
using static Microsoft.Playwright.Assertions;

namespace JobcenterTilsyn.EndToEnd.Tests.Regelsaet;

[Collection(RegelsaetCollection.Name)]
public sealed class ScenarierPageTests(AppServerFixture app, BrowserFixture browser) : IAsyncLifetime
{
    public Task InitializeAsync() => DemoResultater.SikrAsync(app.Database.ConnectionString);

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task An_analyst_runs_a_scenario_sees_progress_and_the_changes_and_exports_it()
    {
        await using var session = await browser.OpenSessionAsync(app);
        await session.SignInAsync(Rolle.Analytiker);
        await Expect(session.ByTestId("nav-scenarier")).ToHaveAttributeAsync("href", "scenarier");
        await session.GotoAsync("/scenarier");
        await Expect(session.ByTestId("sc-aar")).ToHaveValueAsync("2025");

        await session.ByTestId("rs-navn").FillAsync("A 75 %");
        await session.ByTestId("rs-graense-a").FillAsync("75");
        // Progress shows while the pass runs; a quick run may show it for a moment only, so a mutation observer set up
        // before the click notes that it came at all.
        await session.Page.EvaluateAsync("""
            () => { window.fremdriftVist = false;
                    new MutationObserver(() => { if (document.querySelector('[data-testid=sc-fremdrift]')) window.fremdriftVist = true; })
                        .observe(document.body, { childList: true, subtree: true }); }
            """);
        await session.ByTestId("sc-koer").ClickAsync();
        try
        {
            await Expect(session.ByTestId("sc-resultat-titel")).ToHaveTextAsync("Scenarie \"A 75 %\" for 2025", new() { Timeout = 120_000 });
        }
        catch (Exception)
        {
            await session.ScreenshotAsync("scenarier-fejl");
            throw;
        }
        (await session.Page.EvaluateAsync<bool>("() => window.fremdriftVist")).Should().BeTrue("progress is shown while the scenario runs");
        await Expect(session.ByTestId("sc-fremdrift")).ToHaveCountAsync(0);

        await Expect(session.ByTestId("sc-kommune")).ToHaveCountAsync(98);
        var antalTekst = await session.ByTestId("sc-aendrede-antal").InnerTextAsync();
        var skifter = await session.ByTestId("sc-skifter").CountAsync();
        antalTekst.Should().Be(skifter switch { 0 => "Ingen kommuner skifter kategori", 1 => "1 kommune skifter kategori", _ => $"{skifter} kommuner skifter kategori" });
        await session.ScreenshotAsync("scenarier-1440");

        await session.ByTestId("sc-kun-aendrede").ClickAsync();
        await Expect(session.ByTestId("sc-kommune")).ToHaveCountAsync(skifter);

        var download = await session.Page.RunAndWaitForDownloadAsync(() => session.ByTestId("sc-eksport").ClickAsync(), new() { Timeout = 60_000 });
        download.SuggestedFilename.Should().Be("scenarie_2025_A_75__.xlsx");
        // Playwright saves the download without an extension, which ClosedXML refuses as a path: read it as a stream.
        await using (var stroem = File.OpenRead((await download.PathAsync())!))
        using (var workbook = new XLWorkbook(stroem))
        {
            var ark = workbook.Worksheet("Kommuner");
            ark.Row(1).Cell(1).GetString().Should().Be("Kode");
            ark.Row(1).Cell(9).GetString().Should().Be("Kategori ændret");
            ark.RowsUsed().Count().Should().Be(99, "a header and the 98 kommuner, whatever the page filters");
            ark.Column(9).CellsUsed().Count(c => c.GetString() == "Ja").Should().Be(skifter);
            workbook.Worksheet("Regelsæt").Cell(4, 3).GetString().Should().Be("75,0 %");
        }

        await session.Page.SetViewportSizeAsync(390, 844);
        await session.ByTestId("sc-kun-aendrede").ClickAsync();
        await Expect(session.ByTestId("sc-kommune")).ToHaveCountAsync(98);
        // On a phone the page never scrolls sideways; the national table fits, wider tables scroll in a named,
        // focusable region of their own.
        var landstal = await session.TableFitsAsync("sc-landstal");
        landstal[0].Should().BeLessThanOrEqualTo(landstal[1], "the national figures should fit a 390 px phone");
        await Expect(session.Page.Locator(".jt-rul[role=region][tabindex='0']:has([data-testid=sc-landstal])")).ToHaveAttributeAsync("aria-label", "Hele landet i dag og i scenariet");
        (await session.SidewaysOverflowAsync()).Should().BeLessThanOrEqualTo(0, "the page itself does not scroll sideways on a phone");
        await session.ScreenshotAsync("scenarier-390");
        session.Errors.Should().BeEmpty();
    }

    [Fact]
    public async Task A_municipal_manager_has_no_scenarios()
    {
        await using var session = await browser.OpenSessionAsync(app);
        await session.SignInAsync(Rolle.Jobcenterchef);
        await Expect(session.ByTestId("nav-scenarier")).ToHaveCountAsync(0);
        await session.Page.GotoAsync("scenarier");
        await Expect(session.ByTestId("sc-koer")).ToHaveCountAsync(0);
    }
}
