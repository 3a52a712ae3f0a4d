using System.Text;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using JobcenterTilsyn.Domain.Adgang;
using JobcenterTilsyn.EndToEnd.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace JobcenterTilsyn.EndToEnd.Tests.Tilgaengelighed;

/// <summary>WCAG 2.1 AA on every page, as axe-core checks it, plus the landmarks and headings a screen reader navigates by.</summary>
[Collection(AppCollection.Name)]
public sealed class TilgaengelighedTests(AppServerFixture app, BrowserFixture browser)
{
    private static readonly AxeRunOptions Wcag21AA = new()
    {
        RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
    };

    [Fact]
    public async Task Every_page_has_no_serious_or_critical_axe_violations_one_h1_and_a_main_landmark()
    {
        var fund = new StringBuilder();
        foreach (var (rolle, sider) in (await Sider.AlleAsync(app)).GroupBy(s => s.Rolle).Select(g => (g.Key, g.ToList())))
        {
            await using var session = await browser.OpenSessionAsync(app);
            if (rolle is { } r) await session.SignInAsync(r);
            foreach (var side in sider)
            {
                await Sider.AabnAsync(session, side);

                var h1 = await session.Page.Locator("h1").CountAsync();
                if (h1 != 1) fund.AppendLine($"{side.Navn} ({side.Sti}): {h1} h1-overskrifter, ikke én");
                if (await session.Page.Locator("main").CountAsync() != 1) fund.AppendLine($"{side.Navn} ({side.Sti}): intet <main>");

                var resultat = await session.Page.RunAxe(Wcag21AA);
                foreach (var v in resultat.Violations.Where(v => v.Impact is "serious" or "critical"))
                {
                    fund.AppendLine($"{side.Navn} ({side.Sti}): {v.Impact} {v.Id} – {v.Help}");
                    foreach (var node in v.Nodes.Take(5))
                    {
                        fund.AppendLine($"    {node.Target} {Kort(node.Html)}");
                    }
                }
            }
        }

        fund.ToString().Should().BeEmpty("every page should meet WCAG 2.1 AA as axe checks it");
    }

    [Fact]
    public async Task The_skip_link_is_the_first_stop_and_moves_focus_to_the_main_content()
    {
        await using var session = await browser.OpenSessionAsync(app);
        await session.SignInAsync(Rolle.Administrator);
        await session.GotoAsync("/kommuner");
        var adresse = session.Page.Url;

        await session.Page.Keyboard.PressAsync("Tab");
        var spring = session.ByTestId("spring-til-indhold");
        await Expect(spring).ToBeFocusedAsync();
        await Expect(spring).ToHaveTextAsync("Gå til indhold");
        await Expect(spring).ToBeInViewportAsync();

        await session.Page.Keyboard.PressAsync("Enter");

        await Expect(session.Page.Locator("main#indhold")).ToBeFocusedAsync();
        session.Page.Url.Split('#')[0].Should().Be(adresse, "the skip link stays on the page");
        // The next Tab lands inside the content, not back in the app bar or the menu.
        await session.Page.Keyboard.PressAsync("Tab");
        (await session.Page.EvaluateAsync<bool>("() => document.querySelector('main').contains(document.activeElement)")).Should().BeTrue();
        session.Errors.Should().BeEmpty();
    }

    private static string Kort(string html) => html.Length <= 160 ? html : html[..160] + "…";
}
