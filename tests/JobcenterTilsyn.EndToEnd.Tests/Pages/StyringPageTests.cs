using System.Globalization;
using System.Text.RegularExpressions;
using JobcenterTilsyn.Data.ReadModels;
using JobcenterTilsyn.Data.Tilsynssager;
using JobcenterTilsyn.Domain.Adgang;
using JobcenterTilsyn.Domain.Tilsynssager;
using JobcenterTilsyn.EndToEnd.Tests.Infrastructure;
using JobcenterTilsyn.Testing;
using static Microsoft.Playwright.Assertions;

namespace JobcenterTilsyn.EndToEnd.Tests.Pages;

/// <summary>
/// The forward-looking figures (rules.md §11, issue 15) as users meet them: the manager's "Hvor står vi" panel with
/// sentences, chart, forecast and backtest, and the Prognose switch on the Udpegning page. The demo results end in
/// December 2025, so the outlook covers January–March 2026 and the forecast is that of 2025.
/// </summary>
[Collection(AppCollection.Name)]
public sealed class StyringPageTests(AppServerFixture app, BrowserFixture browser) : IAsyncLifetime
{
    public Task InitializeAsync() => DemoResultater.SikrAsync(app.Database.ConnectionString);

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task The_manager_lands_on_the_panel_with_sentences_a_chart_the_forecast_and_the_backtest()
    {
        await using var session = await browser.OpenSessionAsync(app);
        await session.Page.SetViewportSizeAsync(1440, 900);
        await session.SignInAsync(Rolle.Jobcenterchef);
        await Expect(session.Page).ToHaveURLAsync(new Regex($"/kommune/{Testbrugere.ChefensKommune}$"));

        var panel = session.ByTestId("hvor-staar-vi");
        await Expect(panel).ToBeVisibleAsync();
        await Expect(panel.GetByTestId("udsigt-panel")).ToContainTextAsync("data kendt pr. 31. december 2025");
        var saetninger = panel.GetByTestId("udsigt-saetning");
        await Expect(saetninger).ToHaveCountAsync(6);
        var foerste = await saetninger.First.InnerTextAsync();
        // A sentence, in words, with a Danish deadline; a withheld month is phrased without its number.
        foerste.Should().MatchRegex(@"^A: .*I januar kommer (\d[\d.]* borgere?|færre end 5 borgere|ingen borgere) i målgruppen");
        if (!foerste.Contains("færre end 5", StringComparison.Ordinal) && !foerste.Contains("vises ikke", StringComparison.Ordinal))
            foerste.Should().MatchRegex(@"(skal have tilbud senest 31\. januar 2026 for at nå 70 %|det er allerede nok til at nå 70 %)\.$");
        foerste.Should().NotContain("< 5 borger");

        // The chart: each bar stands on the plot's base, its height is its share of the plot, and the goal mark sits at the threshold.
        var diagram = panel.GetByTestId("udsigt-diagram");
        await Expect(diagram).ToBeVisibleAsync();
        var flade = (await panel.GetByTestId("udsigt-plotflade").BoundingBoxAsync())!;
        var soejler = panel.GetByTestId("udsigt-soejle");
        var antal = await soejler.CountAsync();
        (antal + await panel.GetByTestId("udsigt-soejle-skjult").CountAsync()).Should().Be(6);
        antal.Should().BeGreaterThan(0, "København's outlook has months with disclosed figures");
        for (var i = 0; i < antal; i++)
        {
            var soejle = soejler.Nth(i);
            var andel = double.Parse((await soejle.GetAttributeAsync("data-andel"))!, CultureInfo.InvariantCulture) / 100;
            var graense = double.Parse((await soejle.GetAttributeAsync("data-graense"))!, CultureInfo.InvariantCulture) / 100;
            var har = (await soejle.GetByTestId("udsigt-soejle-har").BoundingBoxAsync())!;
            ((double)har.Y + har.Height).Should().BeApproximately((double)flade.Y + flade.Height, 1.5);
            ((double)har.Height).Should().BeApproximately(andel * flade.Height, 1.5);
            har.X.Should().BeGreaterThan(flade.X).And.BeLessThan(flade.X + flade.Width);
            var streg = (await soejle.GetByTestId("udsigt-maalstreg").BoundingBoxAsync())!;
            ((double)streg.Y + (streg.Height / 2)).Should().BeApproximately((double)flade.Y + flade.Height - (graense * flade.Height), 1.5);
        }
        var panelBoks = (await panel.BoundingBoxAsync())!;
        var diagramBoks = (await diagram.BoundingBoxAsync())!;
        (diagramBoks.X + diagramBoks.Width).Should().BeLessThanOrEqualTo(panelBoks.X + panelBoks.Width);

        // The forecast: labelled as one, with its status month and benchmark period, and what it takes to leave it.
        var prognose = panel.GetByTestId("prognose-panel");
        await Expect(prognose).ToContainTextAsync("Prognose: udpegningen 2025");
        await Expect(prognose.GetByTestId("kategori")).ToBeVisibleAsync();
        await Expect(prognose.GetByTestId("prognose-grundlag")).ToContainTextAsync("Prognose pr. december 2025");
        await Expect(prognose.GetByTestId("prognose-grundlag")).ToContainTextAsync("benchmark 2025");
        await Expect(prognose.GetByTestId("prognose-resultat")).ToContainTextAsync("af 98");
        await Expect(prognose.GetByTestId("prognose-udvej")).ToContainTextAsync("Det skal der til:");

        // The backtest: 12 measured months × A and B, one month ahead; three months ahead after a click.
        var efterproevning = session.ByTestId("efterproevning");
        var raekker = efterproevning.GetByTestId("efterproevning-raekke");
        await Expect(raekker).ToHaveCountAsync(24);
        await Expect(raekker.First.Locator("td").Nth(2)).ToHaveTextAsync("november 2025");
        await efterproevning.GetByTestId("efterproevning-horisont-3").ClickAsync();
        await Expect(raekker.First.Locator("td").Nth(2)).ToHaveTextAsync("september 2025");
        await Expect(efterproevning.GetByTestId("efterproevning-mae")).ToContainTextAsync("3 måneder før");
        await Expect(efterproevning.GetByTestId("efterproevning-mae")).ToContainTextAsync("gennemsnitlig afvigelse");

        await session.ScreenshotAsync("styring-chef-1440");
        await panel.ScreenshotAsync(new() { Path = TestArtifacts.PathFor("screenshots", "styring-chef-panel-1440.png") });
        await session.Page.SetViewportSizeAsync(390, 844);
        await Expect(panel.GetByTestId("udsigt-saetning").First).ToBeVisibleAsync();
        // On a phone the page itself does not scroll sideways: wide tables and the chart scroll inside their card.
        (await session.SidewaysOverflowAsync()).Should().BeLessThanOrEqualTo(0, "the page itself does not scroll sideways on a phone");
        await session.ScreenshotAsync("styring-chef-390");
        await panel.ScreenshotAsync(new() { Path = TestArtifacts.PathFor("screenshots", "styring-chef-panel-390.png") });
        session.Errors.Should().BeEmpty();
    }

    [Fact]
    public async Task The_prognose_switch_shows_the_forecast_labelled_with_its_status_month_and_no_case_button()
    {
        await using var session = await browser.OpenSessionAsync(app);
        await session.Page.SetViewportSizeAsync(1440, 900);
        await session.SignInAsync(Rolle.Administrator);
        await session.GotoAsync("/udpegning");
        await Expect(session.Page.Locator("[data-testid=udpegning-tabel] tbody tr")).ToHaveCountAsync(98);
        await Expect(session.ByTestId("kategori-forklaring-forbedret")).ToContainTextAsync("åben tilsynssag");
        await Expect(session.ByTestId("prognose-banner")).ToHaveCountAsync(0);

        await session.Page.GetByText("Prognose for 2025", new() { Exact = true }).ClickAsync();

        var banner = session.ByTestId("prognose-banner");
        await Expect(banner).ToContainTextAsync("Prognose – ikke en udpegning.");
        await Expect(banner).ToContainTextAsync("pr. december 2025");
        await Expect(banner).ToContainTextAsync("benchmark 2025");
        await Expect(session.Page.Locator("[data-testid=udpegning-tabel] thead")).ToContainTextAsync("Prognose");
        await Expect(session.Page.Locator("[data-testid=udpegning-tabel] thead")).ToContainTextAsync("A (året til nu)");
        await Expect(session.Page.Locator("[data-testid=udpegning-tabel] tbody tr")).ToHaveCountAsync(98);
        await Expect(session.ByTestId("aabn-tilsynssag")).ToHaveCountAsync(0);
        await session.ScreenshotAsync("udpegning-prognose-1440");

        // Back to the designation: the banner goes, the case buttons return.
        await session.Page.GetByText("Prognose for 2025", new() { Exact = true }).ClickAsync();
        await Expect(banner).ToHaveCountAsync(0);
        await Expect(session.Page.Locator("[data-testid=udpegning-tabel] thead")).ToContainTextAsync("Kategori");
        session.Errors.Should().BeEmpty();
    }

    [Fact]
    public async Task A_designated_kommune_with_an_open_case_links_to_it_and_the_action_column_fits_at_1440()
    {
        // A designated municipality that no other test opens a case for.
        await using (var db = app.Database.CreateContext())
        {
            var brugte = new short[] { 101, 147, 151, 153, 851 };
            var oversigt = await UdpegningReadModel.HentAsync(db, 2025, erAdministrator: true);
            var valgt = oversigt.Raekker.FirstOrDefault(r => r.Udpegning.Kategori == "udpeget" && r.AabenSag is null && !brugte.Contains(r.Kommunekode));
            if (valgt is not null)
            {
                var r = await TilsynssagStore.AabnAsync(db, valgt.Kommunekode, 2025, "Åbnet af testen.", new Aktoer("admin@test.dk", Rolle.Administrator),
                    Fristregler.Standard, DateTimeOffset.UtcNow);
                r.Udfoert.Should().BeTrue(r.Besked);
            }
        }

        await using var session = await browser.OpenSessionAsync(app);
        await session.Page.SetViewportSizeAsync(1440, 900);
        await session.SignInAsync(Rolle.Administrator);
        await session.GotoAsync("/udpegning");
        var chip = await session.ByTestId("kategori-valg-udpeget").InnerTextAsync();
        var antal = int.Parse(Regex.Match(chip, @"\((\d+)\)").Groups[1].Value, CultureInfo.InvariantCulture);
        antal.Should().BeGreaterThan(0, "the demo designation of 2025 has designated municipalities");
        await session.ByTestId("kategori-valg-udpeget").ClickAsync();
        var raekker = session.Page.Locator("[data-testid=udpegning-tabel] tbody tr");
        await Expect(raekker).ToHaveCountAsync(antal);
        var aabne = session.ByTestId("aaben-sag");
        await Expect(aabne.First).ToBeVisibleAsync();
        (await aabne.First.GetAttributeAsync("href")).Should().MatchRegex(@"^tilsynssager/\d+$");
        (await session.ByTestId("aabn-tilsynssag").CountAsync() + await aabne.CountAsync()).Should().Be(antal);
        for (var i = 0; i < antal; i++)
            (await raekker.Nth(i).GetByTestId("aabn-tilsynssag").CountAsync() + await raekker.Nth(i).GetByTestId("aaben-sag").CountAsync()).Should().Be(1);

        await session.ScreenshotAsync("udpegning-udpeget-1440");
        // The Handling column is inside the table's visible area: no horizontal cut at 1440 px.
        var tabel = (await session.Page.Locator("[data-testid=udpegning-tabel] .mud-table-container").BoundingBoxAsync())!;
        foreach (var handling in await session.Page.Locator("[data-testid=aabn-tilsynssag], [data-testid=aaben-sag]").AllAsync())
        {
            var boks = (await handling.BoundingBoxAsync())!;
            (boks.X + boks.Width).Should().BeLessThanOrEqualTo(tabel.X + tabel.Width + 0.5f);
        }
        var rulbar = await session.Page.EvaluateAsync<bool>(
            "() => { const c = document.querySelector('[data-testid=udpegning-tabel] .mud-table-container'); return c.scrollWidth > c.clientWidth + 1; }");
        rulbar.Should().BeFalse("the table fits at 1440 px without scrolling sideways");

        await session.Page.SetViewportSizeAsync(390, 844);
        await session.ScreenshotAsync("udpegning-udpeget-390");
        session.Errors.Should().BeEmpty();
    }
}
