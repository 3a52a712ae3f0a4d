using JobcenterTilsyn.Data.Entities;
using JobcenterTilsyn.Domain.Adgang;
using JobcenterTilsyn.EndToEnd.Tests.Infrastructure;
using JobcenterTilsyn.Testing;
using Microsoft.EntityFrameworkCore;
using static Microsoft.Playwright.Assertions;

namespace JobcenterTilsyn.EndToEnd.Tests.Regelsaet;

[Collection(RegelsaetCollection.Name)]
public sealed class RegelsaetPageTests(AppServerFixture app, BrowserFixture browser) : IAsyncLifetime
{
    public Task InitializeAsync() => DemoResultater.SikrAsync(app.Database.ConnectionString);

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task An_administrator_adds_a_rule_set_sees_the_refusals_and_the_recomputation_finish()
    {
        await using var session = await browser.OpenSessionAsync(app);
        await session.SignInAsync(Rolle.Administrator);
        await session.GotoAsync("/administration");
        await session.ByTestId("admin-regelsaet").ClickAsync();
        await Expect(session.Page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("administration/regelsaet$"));
        await session.WaitUntilInteractiveAsync();

        // The shipped rule sets produced the demo figures: shown as used, and without any way to change them.
        var raekker = session.ByTestId("rs-tabel").Locator("tbody tr");
        await Expect(raekker).ToHaveCountAsync(2);
        await Expect(session.ByTestId("rs-raekke-navn")).ToHaveTextAsync(["LAB-2019", "OEVO-2024"]);
        await Expect(session.ByTestId("rs-raekke-brugt")).ToHaveTextAsync(["Ja", "Ja"]);
        await Expect(session.ByTestId("rs-slet")).ToHaveCountAsync(0);

        await session.ByTestId("rs-navn").FillAsync("OEVO-2024");
        await session.ByTestId("rs-gyldig-fra").FillAsync("2025-07-01");
        await session.ByTestId("rs-graense-a").FillAsync("0");
        await session.ByTestId("rs-tilfoej").ClickAsync();
        var fejl = session.ByTestId("rs-fejl");
        await Expect(fejl).ToContainTextAsync("Der findes allerede et regelsæt med navnet 'OEVO-2024'.");
        await Expect(fejl).ToContainTextAsync("Grænsen for A skal ligge over 0 % og højst være 100 %, ikke 0 %.");

        // Before the latest used rule set's day only with the recomputation confirmed.
        await session.ByTestId("rs-navn").FillAsync("MAAL-2025");
        await session.ByTestId("rs-gyldig-fra").FillAsync("2023-07-01");
        await session.ByTestId("rs-graense-a").FillAsync("75");
        await session.ByTestId("rs-tilfoej").ClickAsync();
        await Expect(fejl).ToContainTextAsync("Bekræft genberegningen");
        await Expect(session.ByTestId("rs-bekraeft")).ToBeVisibleAsync();

        await session.ByTestId("rs-gyldig-fra").FillAsync("2025-07-01");
        await session.ByTestId("rs-tilfoej").ClickAsync();
        await Expect(session.ByTestId("rs-tilfoejet")).ToContainTextAsync("Regelsættet \"MAAL-2025\" er tilføjet. Gemte tal fra 2025-01 til 2025-12 skal genberegnes");
        await Expect(raekker).ToHaveCountAsync(3);
        await Expect(session.ByTestId("rs-raekke-a").Nth(2)).ToHaveTextAsync("75,0 %");
        await Expect(session.ByTestId("rs-raekke-brugt").Nth(2)).ToHaveTextAsync("Nej");
        await session.ScreenshotAsync("regelsaet-tilfoejet-1440");

        await session.ByTestId("rs-genberegn").ClickAsync();
        await Expect(session.ByTestId("rs-genberegning-faerdig")).ToContainTextAsync("Genberegningen er færdig: 2025-01–2025-12 er beregnet igen",
            new() { Timeout = 120_000 });
        await Expect(session.ByTestId("rs-raekke-brugt").Nth(2)).ToHaveTextAsync("Ja");
        await Expect(session.ByTestId("rs-slet")).ToHaveCountAsync(0);
        await Expect(session.ByTestId("rs-historik-handling")).ToHaveTextAsync(
            ["Genberegningen blev færdig", "Startede genberegning", "Tilføjede regelsættet"]);
        await session.ScreenshotAsync("regelsaet-genberegnet-1440");
        await session.Page.SetViewportSizeAsync(390, 844);
        await session.ScreenshotAsync("regelsaet-genberegnet-390");

        await using var db = app.Database.CreateContext();
        (await db.Set<MaalresultatEntity>().Where(m => m.Maaned == new DateOnly(2025, 7, 1) && m.Maal == 0).Select(m => m.Graense).Distinct().ToListAsync())
            .Should().Equal(0.75);
        (await db.Set<MaalresultatEntity>().Where(m => m.Maaned == new DateOnly(2025, 6, 1)).Select(m => m.Regelsaet).Distinct().ToListAsync())
            .Should().Equal("OEVO-2024");
        session.Errors.Should().BeEmpty();
    }
}
