using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using ClosedXML.Excel;
using JobcenterTilsyn.Domain.Adgang;
using JobcenterTilsyn.EndToEnd.Tests.Infrastructure;
using JobcenterTilsyn.Testing;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace JobcenterTilsyn.EndToEnd.Tests.Pages;

/// <summary>The Overblik as an analyst uses it: sorting by a header click, the per-goal filters, the exports, a phone.</summary>
[Collection(AppCollection.Name)]
public sealed partial class OverblikSorteringOgFilterTests(AppServerFixture app, BrowserFixture browser) : IAsyncLifetime
{
    public Task InitializeAsync() => DemoResultater.SikrAsync(app.Database.ConnectionString);

    public Task DisposeAsync() => Task.CompletedTask;

    private sealed record Celle(string Navn, bool Skjult, string Tekst);

    /// <summary>Each shown row's name and its cell of one goal, top to bottom.</summary>
    private static async Task<IReadOnlyList<Celle>> CellerAsync(BrowserSession session, string bogstav)
    {
        var raa = await session.Page.EvaluateAsync<string[][]>(
            @"b => [...document.querySelectorAll('[data-testid=overblik-raekke]')].map(r => {
                const c = r.querySelector(`[data-testid=celle-${b}] .maal-celle`);
                return [r.querySelector('[data-testid=kommune-link]').textContent.trim(), c && c.dataset.skjult === 'true' ? '1' : '0', c ? c.textContent.trim() : ''];
            })", bogstav);
        return [.. raa.Select(r => new Celle(r[0], r[1] == "1", r[2]))];
    }

    private static double? Andel(string tekst) =>
        ProcentRegex().Match(tekst) is { Success: true } m ? double.Parse(m.Groups[1].Value, new CultureInfo("da-DK")) : null;

    [GeneratedRegex(@"^(\d{1,3},\d) %")]
    private static partial Regex ProcentRegex();

    [Fact]
    public async Task Clicking_a_goal_header_sorts_by_share_and_the_withheld_cells_stay_last_both_ways()
    {
        await using var session = await browser.OpenSessionAsync(app);
        await session.SignInAsync(Rolle.Analytiker);
        await session.GotoAsync("/");
        await Expect(session.Page.Locator("[data-testid=overblik-raekke]")).ToHaveCountAsync(98);

        foreach (var (bogstav, faldende) in new[] { ("A", false), ("A", true), ("D", false), ("D", true) })
        {
            // The first click sorts ascending, the second turns it around.
            await session.ByTestId("sorter-" + bogstav).ClickAsync();
            await Expect(session.ByTestId("kolonne-" + bogstav)).ToHaveAttributeAsync("aria-sort", faldende ? "descending" : "ascending");

            var celler = await CellerAsync(session, bogstav);
            celler.Should().HaveCount(98);
            var medTal = celler.TakeWhile(c => Andel(c.Tekst) is not null).Select(c => Andel(c.Tekst)!.Value).ToList();
            medTal.Should().NotBeEmpty();
            if (faldende) medTal.Should().BeInDescendingOrder($"{bogstav} descending");
            else medTal.Should().BeInAscendingOrder($"{bogstav} ascending");
            celler.Skip(medTal.Count).Should().OnlyContain(c => Andel(c.Tekst) == null, "after the first cell without a share only such cells follow");
            // Withheld cells come right after the shown shares (in both directions), then the empty ones.
            var resten = celler.Skip(medTal.Count).ToList();
            resten.SkipWhile(c => c.Skjult).Any(c => c.Skjult).Should().BeFalse("no withheld cell after an empty one");
        }

        // Numbers by value, not as text: rang 1, 2, 3 … then 10, never 1, 10, 11.
        await session.ByTestId("sorter-Rang").ClickAsync();
        await Expect(session.ByTestId("kolonne-Rang")).ToHaveAttributeAsync("aria-sort", "ascending");
        await Expect(session.Page.Locator("[data-testid=rang]").First).ToHaveTextAsync("1");
        var rang = await session.Page.Locator("[data-testid=rang]").AllInnerTextsAsync();
        rang.Take(12).Select(int.Parse).Should().Equal(Enumerable.Range(1, 12));
        await session.ScreenshotAsync("overblik-sorteret-rang");
        session.Errors.Should().BeEmpty();
    }

    [Fact]
    public async Task The_per_goal_filters_narrow_each_alone_and_combined()
    {
        await using var session = await browser.OpenSessionAsync(app);
        await session.SignInAsync(Rolle.Analytiker);
        await session.GotoAsync("/");
        var raekker = session.Page.Locator("[data-testid=overblik-raekke]");
        await Expect(raekker).ToHaveCountAsync(98);

        await session.ByTestId("a-under-filter").ClickAsync();
        var aUnder = await AntalAsync(session);
        aUnder.Should().BeInRange(1, 97);
        await SaaSnartAsync(async () => (await CellerAsync(session, "A")).All(c => c.Tekst.Contains("under", StringComparison.Ordinal) && !c.Skjult), "A cells under the goal after the filter");
        await Expect(session.ByTestId("overblik-antal")).ToContainTextAsync($"Viser {aUnder} af 98");

        await session.ByTestId("b-under-filter").ClickAsync();
        var begge = await AntalAsync(session);
        begge.Should().BeLessThanOrEqualTo(aUnder);
        await SaaSnartAsync(async () => (await CellerAsync(session, "A")).All(c => c.Tekst.Contains("under", StringComparison.Ordinal)), "A cells under the goal after the filter");
        await SaaSnartAsync(async () => (await CellerAsync(session, "B")).All(c => c.Tekst.Contains("under", StringComparison.Ordinal)), "B cells under the goal after the filter");

        await session.ByTestId("a-under-filter").ClickAsync();
        var bUnder = await AntalAsync(session);
        bUnder.Should().BeGreaterThanOrEqualTo(begge);
        await SaaSnartAsync(async () => (await CellerAsync(session, "B")).All(c => c.Tekst.Contains("under", StringComparison.Ordinal)), "B cells under the goal after the filter");
        await session.ByTestId("b-under-filter").ClickAsync();
        await Expect(raekker).ToHaveCountAsync(98);

        // C against the national share: over and under split the kommuner with a shown C share.
        var landC = Andel((await session.ByTestId("landstal-C").InnerTextAsync()).Trim())!.Value;
        var alleC = await CellerAsync(session, "C");
        await VaelgCAsync(session, "C over landstallet");
        var over = await CellerAsync(session, "C");
        over.Select(c => c.Navn).Should().BeEquivalentTo(alleC.Where(c => Andel(c.Tekst) > landC).Select(c => c.Navn));
        await VaelgCAsync(session, "C under landstallet");
        var under = await CellerAsync(session, "C");
        under.Select(c => c.Navn).Should().BeEquivalentTo(alleC.Where(c => Andel(c.Tekst) < landC).Select(c => c.Navn));
        under.Any(c => c.Skjult).Should().BeFalse("a withheld C is neither over nor under");

        // A and C together.
        await session.ByTestId("a-under-filter").ClickAsync();
        await SaaSnartAsync(async () => (await CellerAsync(session, "A")).All(c => c.Tekst.Contains("under", StringComparison.Ordinal)), "A cells under the goal after the filter");
        await SaaSnartAsync(async () => (await CellerAsync(session, "C")).All(c => Andel(c.Tekst) < landC), "C cells below the national share after the filter");
        await session.ScreenshotAsync("overblik-filtre-a-og-c");
        await session.ByTestId("a-under-filter").ClickAsync();
        await VaelgCAsync(session, "C: alle");

        // On its way below: every row left shows the mark on a goal whose share is met now.
        await session.ByTestId("paa-vej-filter").ClickAsync();
        var paaVej = await AntalAsync(session);
        if (paaVej > 0)
        {
            var markeret = await session.Page.Locator("[data-testid=overblik-raekke]").EvaluateAllAsync<bool[]>(
                "rs => rs.map(r => [...r.querySelectorAll('[data-testid=paa-vej]')].some(p => p.closest('td').querySelector('.maal-celle[data-opfyldt=ja]')))");
            markeret.Should().OnlyContain(b => b);
        }
        (await session.Page.Locator("[data-testid=paa-vej]").CountAsync()).Should().BeGreaterThanOrEqualTo(paaVej);
        await session.ByTestId("paa-vej-filter").ClickAsync();
        await Expect(raekker).ToHaveCountAsync(98);
        session.Errors.Should().BeEmpty();
    }

    [Fact]
    public async Task The_exports_record_filters_month_rule_set_and_time_and_the_file_name_carries_the_filters()
    {
        await using var session = await browser.OpenSessionAsync(app);
        await session.SignInAsync(Rolle.Analytiker);
        await session.GotoAsync("/");
        await session.ByTestId("region-filter").SelectOptionAsync(new SelectOptionValue { Label = "Hovedstaden" });
        await session.ByTestId("a-under-filter").ClickAsync();
        var antal = await AntalAsync(session);
        antal.Should().BeGreaterThan(0, "København is under A");
        await session.ByTestId("sorter-A").ClickAsync();
        var vist = (await CellerAsync(session, "A")).Select(c => c.Navn).ToList();

        var csv = await session.Page.RunAndWaitForDownloadAsync(() => session.ByTestId("eksport-csv").ClickAsync());
        csv.SuggestedFilename.Should().Be("overblik_2025-12_region-hovedstaden_a-under.csv");
        var linjer = Encoding.UTF8.GetString((await File.ReadAllBytesAsync((await csv.PathAsync())!))[3..]).Split("\r\n");
        linjer.Should().Contain("Filtre;Region: Hovedstaden · A under mål");
        linjer.Should().Contain("Sortering;A stigende");
        linjer.Should().Contain(l => l.StartsWith("Regelsæt;", StringComparison.Ordinal) && l.Length > "Regelsæt;".Length + 2);
        linjer.Should().Contain(l => Regex.IsMatch(l, @"^Udtrukket;\d{1,2}\. [a-zæøå]{3}\.? \d{4} kl\. \d{2}\.\d{2}$"));
        var tabel = linjer.SkipWhile(l => !l.StartsWith("Kode;", StringComparison.Ordinal)).Skip(1).Where(l => l.Length > 0).ToList();
        tabel.Select(l => l.Split(';')[1]).Should().Equal(vist, "the export has the rows and order shown");
        tabel.Should().HaveCount(antal);

        var xlsx = await session.Page.RunAndWaitForDownloadAsync(() => session.ByTestId("eksport-xlsx").ClickAsync());
        xlsx.SuggestedFilename.Should().Be("overblik_2025-12_region-hovedstaden_a-under.xlsx");
        using var workbook = new XLWorkbook(File.OpenRead((await xlsx.PathAsync())!));
        var ark = workbook.Worksheet(1);
        Enumerable.Range(2, antal).Select(r => ark.Cell(r, 2).GetString()).Should().Equal(vist);
        Enumerable.Range(2, antal).Select(r => ark.Cell(r, 4).DataType).Should().AllBeEquivalentTo(XLDataType.Number, "A's share (shown: it is under the goal) is a number");
        ark.CellsUsed().Should().NotContain(c => c.GetString() == Diskretion.Skjult);
        var om = workbook.Worksheet("Om udtrækket");
        om.Cell(4, 1).GetString().Should().Be("Filtre");
        om.Cell(4, 2).GetString().Should().Be("Region: Hovedstaden · A under mål");
        om.Cell(2, 2).GetString().Should().Be("december 2025 (2025-12)");
        session.Errors.Should().BeEmpty();
    }

    [Fact]
    public async Task The_grid_takes_one_tab_stop_per_row_and_fits_at_1440_and_on_a_phone()
    {
        await using var session = await browser.OpenSessionAsync(app);
        await session.SignInAsync(Rolle.Analytiker);
        await session.Page.SetViewportSizeAsync(1440, 900);
        await session.GotoAsync("/");
        await Expect(session.Page.Locator("[data-testid=overblik-raekke]")).ToHaveCountAsync(98);

        // Focusable inside the table: the scroll region, nine sort buttons and one link per kommune.
        var fokuserbare = await session.ByTestId("overblik-tabel").EvaluateAsync<int>(
            "t => [t, ...t.querySelectorAll('a[href], button, input, select, textarea, [tabindex]')].filter(e => e.tabIndex >= 0 && !e.disabled).length");
        fokuserbare.Should().Be(1 + 9 + 98);

        // 1440 px: the designation chip of every row lies inside the card, nothing to scroll sideways.
        var rulle = await session.ByTestId("overblik-tabel").EvaluateAsync<double[]>("e => [e.scrollWidth, e.clientWidth, e.getBoundingClientRect().right]");
        rulle[0].Should().BeLessThanOrEqualTo(rulle[1] + 1, "at 1440 px every column fits");
        var chipKant = await session.Page.Locator("[data-testid=overblik-raekke] [data-testid=kategori]").EvaluateAllAsync<double[]>("cs => cs.map(c => c.getBoundingClientRect().right)");
        chipKant.Should().NotBeEmpty().And.OnlyContain(r => r <= rulle[2]);
        await session.ScreenshotAsync("overblik-1440");
        (await ValgteTeksterDerIkkeFindesAsync(session)).Should().BeEmpty("every filter shows its whole chosen text at 1440 px");

        // 390 px: the first kommune is above the fold, rows are compact, the table scrolls inside its card.
        await session.Page.SetViewportSizeAsync(390, 844);
        await session.Page.EvaluateAsync("window.scrollTo(0, 0)");
        var foerste = await session.Page.Locator("[data-testid=overblik-raekke]").First.BoundingBoxAsync();
        foerste!.Y.Should().BeGreaterThan(0);
        (foerste.Y + foerste.Height).Should().BeLessThan(844, "the first kommune is above the fold");
        foerste.Height.Should().BeLessThan(60, "a compact row per kommune");
        (await session.SidewaysOverflowAsync()).Should().BeLessThanOrEqualTo(0, "the page itself does not scroll sideways");
        var tabel = await session.ByTestId("overblik-tabel").EvaluateAsync<double[]>("e => [e.scrollWidth, e.clientWidth]");
        tabel[0].Should().BeGreaterThan(tabel[1], "the table scrolls inside its card");
        await session.ScreenshotAsync("overblik-390");
        await session.Page.ScreenshotAsync(new() { Path = TestArtifacts.PathFor("screenshots", "overblik-390-fold.png") });

        // The filters fold away behind one button on a phone.
        await Expect(session.ByTestId("a-under-filter")).Not.ToBeVisibleAsync();
        await session.ByTestId("vis-filtre").ClickAsync();
        await Expect(session.ByTestId("a-under-filter")).ToBeVisibleAsync();
        (await ValgteTeksterDerIkkeFindesAsync(session)).Should().BeEmpty("every filter shows its whole chosen text on a phone");
        (await session.SidewaysOverflowAsync()).Should().BeLessThanOrEqualTo(0, "the open filters fit the phone");
        await session.Page.ScreenshotAsync(new() { Path = TestArtifacts.PathFor("screenshots", "overblik-390-filtre.png") });
        session.Errors.Should().BeEmpty();
    }

    /// <summary>The filters (native selects) whose chosen text is wider than the room the field gives it, as the
    /// browser lays it out: the text measured in the select's own font against its width inside the padding.</summary>
    private static Task<string[]> ValgteTeksterDerIkkeFindesAsync(BrowserSession session) =>
        session.Page.EvaluateAsync<string[]>("""
            () => [...document.querySelectorAll('#overblik-filtre select')].filter(s => {
                const cs = getComputedStyle(s);
                const maal = document.createElement('canvas').getContext('2d');
                maal.font = `${cs.fontWeight} ${cs.fontSize} ${cs.fontFamily}`;
                const plads = s.clientWidth - parseFloat(cs.paddingLeft) - parseFloat(cs.paddingRight);
                return maal.measureText(s.options[s.selectedIndex].text).width > plads + 0.5;
            }).map(s => s.dataset.testid + ': ' + s.options[s.selectedIndex].text)
            """);

    /// <summary>Polls until <paramref name="betingelse"/> holds: the rows re-render a moment after the count.</summary>
    private static async Task SaaSnartAsync(Func<Task<bool>> betingelse, string hvad)
    {
        var frist = DateTime.UtcNow.AddSeconds(15);
        while (!await betingelse())
        {
            DateTime.UtcNow.Should().BeBefore(frist, hvad);
            await Task.Delay(200);
        }
    }

    private static async Task<int> AntalAsync(BrowserSession session)
    {
        await session.Page.WaitForTimeoutAsync(300);
        var tekst = await session.ByTestId("overblik-antal").InnerTextAsync();
        var antal = int.Parse(Regex.Match(tekst, @"Viser (\d+)").Groups[1].Value, CultureInfo.InvariantCulture);
        await Expect(session.Page.Locator("[data-testid=overblik-raekke]")).ToHaveCountAsync(antal);
        return antal;
    }

    private static async Task VaelgCAsync(BrowserSession session, string navn)
    {
        await session.ByTestId("c-filter").SelectOptionAsync(new SelectOptionValue { Label = navn });
        await session.Page.WaitForTimeoutAsync(300);
    }
}
