using JobcenterTilsyn.Domain.Adgang;
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
        await session.ScreenshotAsync("import-afvist");
        session.Errors.Should().BeEmpty();
    }
}
