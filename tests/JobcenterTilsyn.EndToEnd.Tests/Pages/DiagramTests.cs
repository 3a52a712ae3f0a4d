using System.Text.Json;
using JobcenterTilsyn.Domain.Adgang;
using JobcenterTilsyn.EndToEnd.Tests.Infrastructure;
using JobcenterTilsyn.Testing;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace JobcenterTilsyn.EndToEnd.Tests.Pages;

/// <summary>
/// What the charts look like in a real browser: lines are strokes, axis labels are of page size and inside the picture,
/// and a scatter point can be reached by keyboard. Reads computed styles and boxes, not the markup.
/// </summary>
[Collection(AppCollection.Name)]
public sealed class DiagramTests(AppServerFixture app, BrowserFixture browser) : IAsyncLifetime
{
    // Every chart's drawn lines and texts, with computed fill/stroke and the label's size on screen (a rotated label is as thick as it is wide).
    private const string Maal = """
        () => [...document.querySelectorAll('figure.diagram')].map(fig => {
          const svg = fig.querySelector('svg.diagram-svg');
          const boks = svg.getBoundingClientRect();
          const skala = svg.getScreenCTM().a;
          const linjer = [...svg.querySelectorAll('polyline, .diagram-linje, .diagram-diagonal, .diagram-markeringslinje')].map(l => {
            const s = getComputedStyle(l);
            return { klasse: l.getAttribute('class'), fill: s.fill, stroke: s.stroke, bredde: parseFloat(s.strokeWidth) };
          });
          const tekster = [...svg.querySelectorAll('text')].map(t => {
            const r = t.getBoundingClientRect();
            return {
              tekst: t.textContent, px: parseFloat(getComputedStyle(t).fontSize) * skala, hoejde: (t.getAttribute('transform') || '').includes('rotate') ? r.width : r.height,
              inde: r.left >= boks.left - 0.5 && r.right <= boks.right + 0.5 && r.top >= boks.top - 0.5 && r.bottom <= boks.bottom + 0.5,
            };
          });
          // Pairs of labels whose boxes overlap by more than a pixel each way (line-height boxes may touch).
          const bokse = [...svg.querySelectorAll('text')].map(t => [t.textContent, t.getBoundingClientRect()]);
          const overlap = [];
          for (let i = 0; i < bokse.length; i++) for (let j = i + 1; j < bokse.length; j++) {
            const [a, ra] = bokse[i], [b, rb] = bokse[j];
            const dx = Math.min(ra.right, rb.right) - Math.max(ra.left, rb.left);
            const dy = Math.min(ra.bottom, rb.bottom) - Math.max(ra.top, rb.top);
            if (dx > 1 && dy > 3) overlap.push(a + ' / ' + b);
          }
          return { id: fig.dataset.testid, bredde: boks.width, hoejde: boks.height, linjer, tekster, overlap };
        })
        """;

    public Task InitializeAsync() => DemoResultater.SikrAsync(app.Database.ConnectionString);

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task The_kommune_page_charts_draw_stroked_lines_and_readable_unclipped_labels()
    {
        await using var session = await browser.OpenSessionAsync(app);
        await session.SignInAsync(Rolle.Analytiker);
        await session.GotoAsync("/kommune/851");
        await Expect(session.ByTestId("trend-chart")).ToHaveCountAsync(4);
        await Expect(session.ByTestId("benchmark-historik")).ToHaveCountAsync(1, new() { Timeout = 10_000 });

        var diagrammer = await MaalAsync(session);

        diagrammer.Select(d => d.Id).Should().Equal("udsigt-diagram", "trend-chart", "trend-chart", "trend-chart", "trend-chart", "benchmark-historik");
        foreach (var d in diagrammer) KontrollerGeometri(d);
        await Expect(session.ByTestId("trend-chart").First.GetByText("Rød prik: under målet")).ToBeVisibleAsync();
        await Expect(session.ByTestId("benchmark-historik").GetByText("Sandsynligt interval (90 %)")).ToBeVisibleAsync();
        await session.ScreenshotAsync("diagrammer-kommune");
        await session.ByTestId("trend-chart").First.ScreenshotAsync(new() { Path = TestArtifacts.PathFor("screenshots", "diagram-trend.png") });
        await session.ByTestId("benchmark-historik").ScreenshotAsync(new() { Path = TestArtifacts.PathFor("screenshots", "diagram-historik.png") });

        // A phone: the charts keep their text readable (scrolling sideways) rather than shrinking it.
        await session.Page.SetViewportSizeAsync(390, 844);
        await Expect(session.ByTestId("trend-chart").First).ToBeVisibleAsync();
        foreach (var d in await MaalAsync(session)) KontrollerGeometri(d);
        await session.ByTestId("trend-chart").First.ScreenshotAsync(new() { Path = TestArtifacts.PathFor("screenshots", "diagram-trend-telefon.png") });
        session.Errors.Should().BeEmpty();
    }

    [Fact]
    public async Task The_benchmark_scatter_follows_the_area_and_a_point_is_reached_by_keyboard()
    {
        await using var session = await browser.OpenSessionAsync(app);
        await session.SignInAsync(Rolle.Analytiker);
        await session.GotoAsync("/benchmark");
        var diagram = session.ByTestId("spredningsdiagram");
        await Expect(diagram.Locator("[data-testid=spredningspunkt]")).ToHaveCountAsync(98);
        await Expect(diagram.GetByTestId("diagram-titel")).ToHaveTextAsync("Alle tre områder");

        await session.ByTestId("omraade-valg").ClickAsync();
        await session.Page.GetByRole(AriaRole.Option, new() { Name = "Dagpengeområdet", Exact = true }).ClickAsync();
        await Expect(diagram.GetByTestId("diagram-titel")).ToHaveTextAsync("Dagpengeområdet");
        await Expect(diagram.Locator("[data-testid=spredningspunkt]")).ToHaveCountAsync(98);

        var maalt = (await MaalAsync(session)).Should().ContainSingle().Subject;
        KontrollerGeometri(maalt);
        var tick = maalt.Tekster.Where(t => t.Tekst.EndsWith(" %", StringComparison.Ordinal)).Select(t => t.Tekst).ToList();
        tick.Count.Should().BeGreaterThanOrEqualTo(8, "at least four ticks on each axis");
        tick.Should().OnlyContain(t => System.Text.RegularExpressions.Regex.IsMatch(t, @"^\d+(,\d+)? %$"), "da-DK, never E-notation");

        // Keyboard: from the chart's title, Tab lands on the first point, which shows its ring and its label.
        // Start from the title itself (focused as a tab-order starting point): a mouse click there left the focus on the
        // select just used, so Tab went on to the year select instead of measuring the chart's own order.
        await diagram.GetByTestId("diagram-titel").EvaluateAsync("e => { e.tabIndex = -1; e.focus(); }");
        await session.Page.Keyboard.PressAsync("Tab");
        var foerste = diagram.Locator("[data-testid=spredningspunkt]").First;
        var fokus = await session.Page.EvaluateAsync<string>("() => document.activeElement?.outerHTML.slice(0, 300) ?? 'intet'");
        (await foerste.EvaluateAsync<bool>("e => e === document.activeElement")).Should().BeTrue($"Tab from the title reaches the first point, not {fokus}");
        var navn = await foerste.GetAttributeAsync("aria-label");
        navn.Should().MatchRegex(@"^.+: faktisk \d+,\d\d %, forventet \d+,\d\d %, rang \d+$");
        var etiket = diagram.GetByTestId("spredning-etiket");
        await Expect(etiket).ToBeVisibleAsync();
        await Expect(etiket).ToContainTextAsync(navn!.Split(':')[0]);
        (await foerste.Locator(".diagram-fokusring").EvaluateAsync<string>("e => getComputedStyle(e).stroke")).Should().NotBe("none");
        var ring = await foerste.Locator(".diagram-fokusring").BoundingBoxAsync();
        var boks = await etiket.BoundingBoxAsync();
        ring.Should().NotBeNull();
        boks!.Width.Should().BeGreaterThan(40);
        await diagram.ScreenshotAsync(new() { Path = TestArtifacts.PathFor("screenshots", "diagram-spredning-fokus.png") });

        await session.Page.Keyboard.PressAsync("Tab");
        await Expect(diagram.Locator("[data-testid=spredningspunkt]").Nth(1)).ToBeFocusedAsync();
        await Expect(etiket).ToContainTextAsync((await diagram.Locator("[data-testid=spredningspunkt]").Nth(1).GetAttributeAsync("aria-label"))!.Split(':')[0]);
        session.Errors.Should().BeEmpty();
    }

    private static void KontrollerGeometri(Diagrammaal d)
    {
        d.Bredde.Should().BeGreaterThan(200, $"{d.Id} is drawn");
        d.Linjer.Should().NotBeEmpty();
        foreach (var l in d.Linjer)
        {
            l.Fill.Should().Be("none", $"a line in {d.Id} ({l.Klasse}) is a stroke, not a filled polygon");
            l.Stroke.Should().NotBe("none", $"a line in {d.Id} ({l.Klasse}) has a colour");
            l.Bredde.Should().BeGreaterThan(0, $"a line in {d.Id} ({l.Klasse}) has a width");
        }

        d.Tekster.Should().NotBeEmpty();
        d.Overlap.Should().BeEmpty($"no two labels in {d.Id} overlap");
        foreach (var t in d.Tekster)
        {
            t.Px.Should().BeInRange(10, 16, $"the label '{t.Tekst}' in {d.Id} is of page text size");
            t.Hoejde.Should().BeInRange(8, 24, $"the label '{t.Tekst}' in {d.Id} measures like page text");
            t.Inde.Should().BeTrue($"the label '{t.Tekst}' in {d.Id} is inside the picture, not clipped");
        }
    }

    private static async Task<IReadOnlyList<Diagrammaal>> MaalAsync(BrowserSession session)
    {
        var json = await session.Page.EvaluateAsync<JsonElement>(Maal);
        return [.. json.EnumerateArray().Select(d => new Diagrammaal(
            d.GetProperty("id").GetString()!,
            d.GetProperty("bredde").GetDouble(),
            [.. d.GetProperty("linjer").EnumerateArray().Select(l => new Linjemaal(l.GetProperty("klasse").GetString() ?? "",
                l.GetProperty("fill").GetString()!, l.GetProperty("stroke").GetString()!, l.GetProperty("bredde").GetDouble()))],
            [.. d.GetProperty("tekster").EnumerateArray().Select(t => new Tekstmaal(t.GetProperty("tekst").GetString()!,
                t.GetProperty("px").GetDouble(), t.GetProperty("hoejde").GetDouble(), t.GetProperty("inde").GetBoolean()))],
            [.. d.GetProperty("overlap").EnumerateArray().Select(o => o.GetString()!)]))];
    }

    private sealed record Diagrammaal(string Id, double Bredde, IReadOnlyList<Linjemaal> Linjer, IReadOnlyList<Tekstmaal> Tekster, IReadOnlyList<string> Overlap);

    private sealed record Linjemaal(string Klasse, string Fill, string Stroke, double Bredde);

    private sealed record Tekstmaal(string Tekst, double Px, double Hoejde, bool Inde);
}
