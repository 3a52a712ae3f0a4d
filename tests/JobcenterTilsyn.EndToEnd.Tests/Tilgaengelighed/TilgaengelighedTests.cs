using System.Text;
using JobcenterTilsyn.Domain.Adgang;
using JobcenterTilsyn.EndToEnd.Tests.Infrastructure;
using JobcenterTilsyn.Testing;
using static Microsoft.Playwright.Assertions;

namespace JobcenterTilsyn.EndToEnd.Tests.Tilgaengelighed;

/// <summary>WCAG 2.1 AA on every page, as axe-core checks it, plus the landmarks and headings a screen reader navigates by.</summary>
[Collection(AppCollection.Name)]
public sealed class TilgaengelighedTests(AppServerFixture app, BrowserFixture browser)
{
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

                await Axetjek.KoerAsync(session.Page, $"{side.Navn} ({side.Sti})", fund);
            }
        }

        await File.WriteAllTextAsync(TestArtifacts.PathFor("axe", "fund.txt"), fund.ToString());
        fund.ToString().Should().BeEmpty("every page should meet WCAG 2.1 AA as axe checks it");
    }

    [Fact]
    public async Task The_skip_link_is_the_first_stop_and_moves_focus_to_the_main_content()
    {
        await using var session = await browser.OpenSessionAsync(app);
        await session.SignInAsync(Rolle.Administrator);
        await session.GotoAsync("/kommuner");
        var adresse = session.Page.Url;

        // Blazor puts focus on the h1 after each navigation (FocusOnNavigate), so look at the order itself: the skip link
        // comes before the app bar's and the menu's controls.
        var foersteStop = await session.Page.EvaluateAsync<string>("""
            () => [...document.querySelectorAll('a[href], button, input, select, textarea, [tabindex]')]
                .find(e => e.tabIndex >= 0 && !e.disabled && e.getAttribute('type') !== 'hidden')?.dataset.testid ?? ''
            """);
        foersteStop.Should().Be("spring-til-indhold");
        var spring = session.ByTestId("spring-til-indhold");
        await Expect(spring).Not.ToBeInViewportAsync();

        await spring.FocusAsync();
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

    [Fact]
    public async Task A_share_shows_its_numerator_and_denominator_when_tapped_not_only_on_hover()
    {
        await DemoResultater.SikrAsync(app.Database.ConnectionString);
        await using var session = await browser.OpenSessionAsync(app);
        await session.SignInAsync(Rolle.Administrator);
        await session.Page.SetViewportSizeAsync(390, 844);
        await session.GotoAsync("/");
        var celle = session.Page.Locator("[data-testid=maal-celle]:not([data-skjult])").First;
        const string Hint = "e => getComputedStyle(e, '::after').content";

        (await celle.EvaluateAsync<string>(Hint)).Should().Be("none", "the hint is hidden until asked for");
        // A click, as a tap on a phone: the cell takes focus (tabindex -1), which shows the hint.
        await celle.ClickAsync();

        await Expect(celle).ToBeFocusedAsync();
        (await celle.EvaluateAsync<string>(Hint)).Should().MatchRegex(@"^""[\d.]+ af [\d.]+");
    }
}
