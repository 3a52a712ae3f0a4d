using System.Text;
using JobcenterTilsyn.EndToEnd.Tests.Infrastructure;
using Microsoft.Playwright;

namespace JobcenterTilsyn.EndToEnd.Tests.Tilgaengelighed;

/// <summary>
/// Every page at 1440 px and on a phone (390 px), saved under artifacts/test/screens/{bredde}/ for people to look at;
/// on the phone the page must not scroll sideways, the app bar must fit, and axe finds nothing serious.
/// </summary>
[Collection(AppCollection.Name)]
public sealed class SkaermbilledTests(AppServerFixture app, BrowserFixture browser)
{
    private static readonly int[] Bredder = [1440, 390];

    [Fact]
    public async Task Every_page_is_captured_at_1440_and_390_px_and_fits_a_phone()
    {
        var fund = new StringBuilder();
        foreach (var (rolle, sider) in (await Sider.AlleAsync(app)).GroupBy(s => s.Rolle).Select(g => (g.Key, g.ToList())))
        {
            await using var session = await browser.OpenSessionAsync(app);
            if (rolle is { } r) await session.SignInAsync(r);
            foreach (var side in sider)
            {
                foreach (var bredde in Bredder)
                {
                    await session.Page.SetViewportSizeAsync(bredde, bredde < 600 ? 844 : 900);
                    await Sider.AabnAsync(session, side);
                    await GemAsync(session, bredde, side.Navn);
                    if (bredde >= 600) continue;

                    var maal = await session.Page.EvaluateAsync<int[]>("""
                        () => {
                          const bar = document.querySelector('[data-testid=appbar] .mud-toolbar');
                          return [document.documentElement.scrollWidth, window.innerWidth,
                                  bar ? bar.scrollWidth : 0, bar ? bar.clientWidth : 0,
                                  bar ? Math.ceil(bar.getBoundingClientRect().right) : 0];
                        }
                        """);
                    if (maal[0] > maal[1]) fund.AppendLine($"{side.Navn}: siden er {maal[0]} px bred i et vindue på {maal[1]} px");
                    if (maal[2] > maal[3] || maal[4] > maal[1]) fund.AppendLine($"{side.Navn}: app-bjælken er {maal[2]} px bred, plads til {maal[3]} px");
                    // Narrow, tables scroll and content reflows: WCAG 2.1 AA holds here too.
                    await Axetjek.KoerAsync(session.Page, $"{side.Navn} ved {bredde} px", fund);
                }
            }
        }

        await File.WriteAllTextAsync(TestArtifacts.PathFor("screens", "fund.txt"), fund.ToString());
        fund.ToString().Should().BeEmpty("every page should fit a 390 px phone without sideways scrolling and meet WCAG 2.1 AA there");
    }

    private static async Task GemAsync(BrowserSession session, int bredde, string navn)
    {
        var sti = TestArtifacts.PathFor("screens", bredde.ToString(System.Globalization.CultureInfo.InvariantCulture), navn + ".png");
        await session.Page.EvaluateAsync("window.scrollTo(0, 0)");
        await session.Page.ScreenshotAsync(new PageScreenshotOptions { Path = sti, FullPage = true });
    }
}
