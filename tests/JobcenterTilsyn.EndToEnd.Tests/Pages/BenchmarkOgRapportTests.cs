using System.Text;
using System.Text.RegularExpressions;
using JobcenterTilsyn.Domain.Adgang;
using JobcenterTilsyn.EndToEnd.Tests.Infrastructure;
using JobcenterTilsyn.Testing;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace JobcenterTilsyn.EndToEnd.Tests.Pages;

/// <summary>The benchmark model's table as an analyst reads it, and the printable report on paper.</summary>
[Collection(AppCollection.Name)]
public sealed class BenchmarkOgRapportTests(AppServerFixture app, BrowserFixture browser) : IAsyncLifetime
{
    public Task InitializeAsync() => DemoResultater.SikrAsync(app.Database.ConnectionString);

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task The_model_table_shows_danish_labels_with_their_codes_and_coefficients_without_e_notation()
    {
        await using var session = await browser.OpenSessionAsync(app);
        await session.SignInAsync(Rolle.Analytiker);
        await session.Page.SetViewportSizeAsync(1440, 900);
        await session.GotoAsync("/benchmark");
        var tabel = session.ByTestId("koefficienter");
        await Expect(tabel).ToContainTextAsync("Konstant");

        foreach (var omraade in new[] { "Alle tre områder", "Dagpengeområdet", "Kontanthjælpsområdet", "Sygedagpengeområdet" })
        {
            await session.ByTestId("omraade-valg").ClickAsync();
            await session.Page.GetByRole(AriaRole.Option, new() { Name = omraade, Exact = true }).ClickAsync();
            await Expect(session.ByTestId("diagram-titel")).ToHaveTextAsync(omraade);
            var tal = await tabel.Locator("tbody td.tal").AllInnerTextsAsync();
            tal.Should().NotBeEmpty().And.OnlyContain(t => Regex.IsMatch(t.Trim(), @"^-?\d{1,3}(\.\d{3})*,\d+$"), $"{omraade}: plain Danish decimals, never E-notation");
        }

        // Every variable reads in Danish, with its code visible beside it (not only on hover).
        var koder = await tabel.GetByTestId("variabel-kode").AllInnerTextsAsync();
        koder.Should().Contain(k => k.Contains("befolkning_16_66", StringComparison.Ordinal) || k.Contains("andel_", StringComparison.Ordinal));
        var navne = await tabel.GetByTestId("variabel").EvaluateAllAsync<string[]>("ts => ts.map(t => t.querySelector('span').textContent.trim())");
        navne.Should().NotContain(n => Regex.IsMatch(n, "^[a-z0-9_]+$"), "no raw register code as the label");
        await Expect(tabel.GetByTestId("variabel-kode").First).ToBeVisibleAsync();
        await session.ScreenshotAsync("benchmark-1440");

        await session.Page.SetViewportSizeAsync(390, 844);
        await Expect(tabel).ToBeVisibleAsync();
        // On a phone all three columns fit the card: the long variable codes break instead of pushing the
        // standard error off the right edge.
        var bredder = await session.TableFitsAsync("koefficienter");
        bredder[0].Should().BeLessThanOrEqualTo(bredder[1], "the model table should fit a 390 px phone without scrolling");
        await session.ScreenshotAsync("benchmark-390");
        session.Errors.Should().BeEmpty();
    }

    [Fact]
    public async Task The_report_shows_interval_cut_off_sender_journal_number_and_trends_on_one_a4_page()
    {
        await using var session = await browser.OpenSessionAsync(app);
        await session.SignInAsync(Rolle.Analytiker);
        await session.Page.SetViewportSizeAsync(1440, 900);
        await session.GotoAsync("/kommune/101/rapport/2025");
        await Expect(session.ByTestId("rapport-titel")).ToHaveTextAsync("København Kommune – årsrapport 2025");

        await Expect(session.ByTestId("rapport-afsender")).ToContainTextAsync("Beskæftigelsesministeriet");
        await Expect(session.ByTestId("rapport-datagrundlag")).ToHaveTextAsync("31. december 2025");
        await Expect(session.ByTestId("rapport-rang-interval")).ToHaveTextAsync(new Regex(@"^\d+–\d+( · usikker)?$"));
        await Expect(session.ByTestId("rapport-trend-A").Locator("polyline")).Not.ToHaveCountAsync(0);
        await Expect(session.ByTestId("rapport-trend-A").Locator("figcaption")).ToHaveTextAsync(new Regex(@"^A [a-zæøå]+\.? \d{1,3},\d % → [a-zæøå]+\.? \d{1,3},\d % \(mål 70 %\)$"));
        // København's B is withheld from an analyst in the small demo set's months: the trend says so and draws nothing.
        var b = (await session.ByTestId("rapport-trend-B").Locator("figcaption").InnerTextAsync()).Trim();
        if (b.Contains("skjult", StringComparison.Ordinal)) (await session.ByTestId("rapport-trend-B").Locator("polyline").CountAsync()).Should().Be(0);
        else b.Should().MatchRegex(@"^B \w+\.? \d{1,3},\d % → ");
        await session.ScreenshotAsync("rapport-1440");

        await session.WaitUntilInteractiveAsync();
        await session.ByTestId("journalnummer-felt").FillAsync("2026-1234");
        await Expect(session.ByTestId("rapport-jnr")).ToHaveTextAsync("2026-1234");

        await session.Page.EmulateMediaAsync(new() { Media = Media.Print });
        await Expect(session.ByTestId("udskriv")).ToBeHiddenAsync();
        await session.ScreenshotAsync("rapport-print-a4");

        // Printed to PDF on A4 (the @page rule's margins): exactly one page.
        var pdf = await session.Page.PdfAsync(new() { Format = "A4", PreferCSSPageSize = true, PrintBackground = true });
        await File.WriteAllBytesAsync(TestArtifacts.PathFor("screenshots", "rapport.pdf"), pdf);
        var sider = Regex.Matches(Encoding.Latin1.GetString(pdf), @"/Type\s*/Page[^s]").Count;
        sider.Should().Be(1, "the report fits one A4 page");

        await session.Page.EmulateMediaAsync(new() { Media = Media.Screen });
        await session.Page.SetViewportSizeAsync(390, 844);
        await session.ScreenshotAsync("rapport-390");
        session.Errors.Should().BeEmpty();
    }

    [Fact]
    public async Task A_journal_number_in_the_address_is_printed_and_an_uncertain_rank_is_marked()
    {
        await using var session = await browser.OpenSessionAsync(app);
        await session.SignInAsync(Rolle.Analytiker);
        // The Udpegning page marks uncertain results; find one and check the report says so too.
        await session.GotoAsync("/udpegning");
        var usikre = session.ByTestId("resultat-usikkert");
        await Expect(session.Page.Locator("[data-testid=udpegning-tabel] tbody tr")).ToHaveCountAsync(98);
        if (await usikre.CountAsync() == 0) return;
        var href = await usikre.First.Locator("xpath=ancestor::tr").Locator("a[href^='kommune/']").First.GetAttributeAsync("href");
        var kode = Regex.Match(href!, @"kommune/(\d+)").Groups[1].Value;

        await session.GotoAsync($"/kommune/{kode}/rapport/2025?jnr=J-77");
        await Expect(session.ByTestId("rapport-jnr")).ToHaveTextAsync("J-77");
        await Expect(session.ByTestId("rapport-usikker")).ToBeVisibleAsync();
        await Expect(session.ByTestId("rapport-usikker-forklaring")).ToContainTextAsync("usikkert");
        session.Errors.Should().BeEmpty();
    }
}
