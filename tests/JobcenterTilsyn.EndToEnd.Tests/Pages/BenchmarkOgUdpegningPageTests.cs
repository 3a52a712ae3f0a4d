using JobcenterTilsyn.Domain.Adgang;
using JobcenterTilsyn.EndToEnd.Tests.Infrastructure;
using JobcenterTilsyn.Testing;
using static Microsoft.Playwright.Assertions;

namespace JobcenterTilsyn.EndToEnd.Tests.Pages;

[Collection(AppCollection.Name)]
public sealed class BenchmarkOgUdpegningPageTests(AppServerFixture app, BrowserFixture browser) : IAsyncLifetime
{
    public Task InitializeAsync() => DemoResultater.SikrAsync(app.Database.ConnectionString);

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task The_benchmark_draws_98_points_the_diagonal_the_model_and_the_ranking()
    {
        await using var session = await browser.OpenSessionAsync(app);
        await session.SignInAsync(Rolle.Analytiker);
        await session.GotoAsync("/benchmark");

        await Expect(session.ByTestId("spredningspunkt")).ToHaveCountAsync(98);
        await Expect(session.ByTestId("diagonal")).ToHaveCountAsync(1);
        await Expect(session.ByTestId("model-noegletal")).ToContainTextAsync("n = 98");
        await Expect(session.ByTestId("koefficienter")).ToContainTextAsync("Konstant");
        await Expect(session.ByTestId("rang").First).ToHaveTextAsync("1");
        await Expect(session.ByTestId("rang-interval").First).ToContainTextAsync("1–");
        await Expect(session.ByTestId("model-version")).ToContainTextAsync("pboot");
        await session.ScreenshotAsync("benchmark");
        session.Errors.Should().BeEmpty();
    }

    [Fact]
    public async Task The_designation_shows_categories_and_filters_to_the_designated_with_a_link_to_open_a_case()
    {
        await using var session = await browser.OpenSessionAsync(app);
        await session.SignInAsync(Rolle.Administrator);
        await session.GotoAsync("/udpegning");
        var raekker = session.Page.Locator("[data-testid=udpegning-tabel] tbody tr");
        await Expect(raekker).ToHaveCountAsync(98);
        (await session.Page.Locator("[data-testid=udpegning-tabel] [data-testid=kategori]").AllInnerTextsAsync()).Distinct()
            .Should().BeSubsetOf(["Udpeget", "Risikozone", "Forbedret", "Ingen"]).And.Contain("Ingen");
        await session.ScreenshotAsync("udpegning");

        var chip = await session.ByTestId("kategori-valg-udpeget").InnerTextAsync();
        var antal = int.Parse(System.Text.RegularExpressions.Regex.Match(chip, @"\((\d+)\)").Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        await session.ByTestId("kategori-valg-udpeget").ClickAsync();

        if (antal == 0)
        {
            await Expect(session.ByTestId("ingen-i-kategori")).ToBeVisibleAsync();
            return;
        }
        await Expect(raekker).ToHaveCountAsync(antal);
        var kategorier = await session.Page.Locator("[data-testid=udpegning-tabel] [data-testid=kategori]").AllInnerTextsAsync();
        kategorier.Should().AllBe("Udpeget");
        // Every designated row offers to open a case, or links to the one already open (other tests open cases).
        var links = session.ByTestId("aabn-tilsynssag");
        var aabne = await session.ByTestId("aaben-sag").CountAsync();
        await Expect(links).ToHaveCountAsync(antal - aabne);
        if (antal > aabne) (await links.First.GetAttributeAsync("href")).Should().MatchRegex(@"^tilsynssager\?kommune=\d{3}&aar=2025$");
        await session.ScreenshotAsync("udpegning-udpeget");
        session.Errors.Should().BeEmpty();
    }

    [Fact]
    public async Task The_printable_report_has_no_navigation_and_shows_the_years_figures()
    {
        await using var session = await browser.OpenSessionAsync(app);
        await session.SignInAsync(Rolle.Analytiker);
        await session.GotoAsync("/kommune/101/rapport/2025");

        await Expect(session.ByTestId("rapport-titel")).ToHaveTextAsync("København Kommune – årsrapport 2025");
        await Expect(session.ByTestId("rapport-maal").Locator("tbody tr")).ToHaveCountAsync(4);
        await Expect(session.ByTestId("rapport-benchmark")).ToContainTextAsync("af 98");
        await Expect(session.ByTestId("rapport-udpegning")).ToContainTextAsync("Regelsæt");
        await Expect(session.ByTestId("nav-overblik")).ToHaveCountAsync(0);
        await session.Page.EmulateMediaAsync(new() { Media = Microsoft.Playwright.Media.Print });
        await Expect(session.ByTestId("udskriv")).ToBeHiddenAsync();
        await session.ScreenshotAsync("rapport-print");
        session.Errors.Should().BeEmpty();
    }
}
