using JobcenterTilsyn.Data.Import;
using JobcenterTilsyn.Domain.Adgang;
using JobcenterTilsyn.Domain.Tid;
using JobcenterTilsyn.EndToEnd.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace JobcenterTilsyn.EndToEnd.Tests.Import;

[Collection(AppCollection.Name)]
public sealed class ImportPageTests(AppServerFixture app, BrowserFixture browser)
{
    [Fact]
    public async Task A_good_file_is_imported_and_a_bad_file_shows_its_errors_by_line()
    {
        await using var session = await browser.OpenSessionAsync(app);
        await session.SignInAsync(Rolle.Administrator);
        await session.GotoAsync("/import");

        var god = new FilePayload
        {
            Name = "samtaler.csv",
            MimeType = "text/csv",
            Buffer = "person_id;kommunekode;dato\ne2e-import-1;101;2025-03-01\ne2e-import-2;147;2025-03-02\n"u8.ToArray(),
        };
        await session.SetInputFilesAsync("importfiler", god);
        await Expect(session.ByTestId("importresultat")).ToContainTextAsync("importeret");
        await Expect(session.ByTestId("importhistorik")).ToContainTextAsync("samtaler.csv");

        var daarlig = new FilePayload
        {
            Name = "indsatser.csv",
            MimeType = "text/csv",
            Buffer = "person_id;kommunekode;indsatstype;startdato;slutdato\ne2e-import-3;101;mentor;2025-01-01;\ne2e-import-3;999;mentor;2025-02-01;\n"u8.ToArray(),
        };
        await session.SetInputFilesAsync("importfiler", daarlig);
        await Expect(session.ByTestId("importresultat")).ToContainTextAsync("afvist");
        var fejl = session.ByTestId("importfejl");
        await Expect(fejl).ToContainTextAsync("999");
        await Expect(fejl.Locator("td[data-label='Linje']").First).ToHaveTextAsync("3");
        // Danish throughout: the reason, the plural and the pager.
        await Expect(session.ByTestId("importresultat")).ToContainTextAsync("1 fejl i 1 linje.");
        await Expect(fejl.Locator("td[data-label='Årsag']").First).ToHaveTextAsync("ukendt kommunekode (ikke én af de 98 officielle tre-cifrede koder)");
        await Expect(session.ByTestId("importfejl-pager")).ToContainTextAsync("Rækker pr. side:");
        await Expect(session.ByTestId("importfejl-pager")).ToContainTextAsync("1–1 af 1");
        await Expect(session.ByTestId("importfejl-pager").GetByRole(AriaRole.Button, new() { Name = "Næste side" })).ToBeAttachedAsync();
        await session.ScreenshotAsync("import-afvist");
        session.Errors.Should().BeEmpty();
    }

    [Fact]
    public async Task The_file_control_shows_only_the_Vaelg_filer_button_which_keyboard_users_reach_and_see_focused()
    {
        await using var session = await browser.OpenSessionAsync(app);
        await session.SignInAsync(Rolle.Administrator);
        await session.GotoAsync("/import");

        var knap = session.ByTestId("vaelg-filer");
        await Expect(knap).ToBeVisibleAsync();
        await Expect(knap).ToHaveTextAsync("Vælg filer (.csv)");
        var input = session.ByTestId("importfiler");
        var boks = await input.BoundingBoxAsync();
        (boks!.Width * boks.Height).Should().BeLessThanOrEqualTo(1, "the browser's own file control (\"Choose files\") is not shown");
        await Expect(input).ToHaveAccessibleNameAsync("Vælg filer (.csv) til import");

        // Reached by keyboard (Shift+Tab then Tab), the focus ring shows on the button that stands in for the input.
        await input.FocusAsync();
        await session.Page.Keyboard.PressAsync("Shift+Tab");
        await session.Page.Keyboard.PressAsync("Tab");
        await Expect(input).ToBeFocusedAsync();
        (await knap.EvaluateAsync<string>("e => getComputedStyle(e).outlineStyle")).Should().Be("solid", "the button shows where keyboard focus is");
    }

    [Fact]
    public async Task The_default_computation_period_ends_at_the_last_month_with_data()
    {
        await JobcenterTilsyn.Testing.DemoResultater.SikrAsync(app.Database.ConnectionString);
        await using var session = await browser.OpenSessionAsync(app);
        await session.SignInAsync(Rolle.Administrator);
        await session.GotoAsync("/import");

        Maaned sidste;
        await using (var db = app.Database.CreateContext())
        {
            sidste = (await Registerperiode.SidsteMaanedAsync(db))!.Value;
        }
        // Not simply last month (the old default): the demo extracts end well before today.
        sidste.Should().BeLessThan(Maaned.Af(DanskTid.Dato(DateTimeOffset.UtcNow)).AddMonths(-1));

        await Expect(session.ByTestId("beregn-til")).ToHaveValueAsync(sidste.ToString());
    }
}
