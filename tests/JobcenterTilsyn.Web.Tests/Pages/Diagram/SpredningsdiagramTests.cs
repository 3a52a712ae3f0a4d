using System.Globalization;
using Bunit;
using JobcenterTilsyn.Web.Components.UI;

namespace JobcenterTilsyn.Web.Tests.Pages.Diagram;

/// <summary>The benchmark scatter: title, ticks for small ranges, keyboard- and touch-reachable points.</summary>
public sealed class SpredningsdiagramTests : IAsyncLifetime
{
    private readonly BunitContext _bunit = new();

    public SpredningsdiagramTests() => CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("en-US");

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _bunit.DisposeAsync();

    // Dagpenge-like shares: all within 0–2 %.
    private static readonly IReadOnlyList<Spredningspunkt> Dagpenge =
    [
        new(101, "København", 0.0142, 0.0171, 90),
        new(851, "Aalborg", 0.0121, 0.0098, 12),
        new(461, "Odense", 0.0083, 0.0079, 30),
        new(751, "Aarhus", 0.0065, 0.0072, 41),
    ];

    private IRenderedComponent<Spredningsdiagram> Tegn(IReadOnlyList<Spredningspunkt> punkter, string titel = "Dagpengeområdet") =>
        _bunit.Render<Spredningsdiagram>(p => p.Add(c => c.Punkter, punkter).Add(c => c.Titel, titel));

    [Fact]
    public void The_title_names_the_chosen_area()
    {
        var diagram = Tegn(Dagpenge);

        diagram.Find("[data-testid=diagram-titel]").TextContent.Should().Be("Dagpengeområdet");
        diagram.Find("svg.diagram-svg").GetAttribute("aria-label").Should().StartWith("Dagpengeområdet: forventet og faktisk andel for 4 kommuner");
    }

    [Fact]
    public void A_range_within_two_percent_gets_at_least_four_danish_ticks_per_axis()
    {
        var diagram = Tegn(Dagpenge);

        var y = diagram.FindAll(".diagram-yakse text").Select(t => t.TextContent).ToList();
        var x = diagram.FindAll(".diagram-xakse text").Select(t => t.TextContent).ToList();
        y.Should().HaveCountGreaterThanOrEqualTo(4).And.Equal(x);
        y.Should().Equal("0,50 %", "0,75 %", "1,00 %", "1,25 %", "1,50 %", "1,75 %");
    }

    [Fact]
    public void Tiny_shares_are_never_written_in_e_notation()
    {
        var diagram = Tegn([new(101, "København", 0.00001, 0.000012, 1), new(851, "Aalborg", 0.000018, 0.00002, 2)]);

        var tekster = diagram.FindAll("text").Select(t => t.TextContent).ToList();
        tekster.Should().HaveCountGreaterThanOrEqualTo(8).And.NotContain(t => System.Text.RegularExpressions.Regex.IsMatch(t, @"\d[eE][+-]?\d"));
        diagram.FindAll("[data-testid=spredningspunkt]").Select(p => p.GetAttribute("aria-label")!)
            .Should().NotContain(t => t.Contains('E'));
    }

    [Fact]
    public void Every_point_is_a_focusable_button_named_by_its_figures_without_nested_links()
    {
        var diagram = Tegn(Dagpenge);

        var punkter = diagram.FindAll("[data-testid=spredningspunkt]");
        punkter.Should().HaveCount(4).And.OnlyContain(p => p.GetAttribute("tabindex") == "0" && p.GetAttribute("role") == "button");
        punkter[1].GetAttribute("aria-label").Should().Be("Aalborg: faktisk 0,98 %, forventet 1,21 %, rang 12");
        diagram.FindAll("svg a, [role=button] a, [role=button] [tabindex], a [tabindex]").Should().BeEmpty();
        diagram.Find("svg.diagram-svg").GetAttribute("role").Should().Be("group", "an img role would hide the points from assistive technology");
    }

    [Fact]
    public void Focusing_or_tapping_a_point_shows_its_figures_and_a_link_beside_the_chart()
    {
        var diagram = Tegn(Dagpenge);
        diagram.FindAll("[data-testid=spredning-etiket]").Should().BeEmpty();

        diagram.FindAll("[data-testid=spredningspunkt]")[1].Focus();
        var etiket = diagram.Find("[data-testid=spredning-etiket]");
        etiket.TextContent.Should().Contain("Aalborg").And.Contain("Faktisk 0,98 %, forventet 1,21 %, rang 12");
        diagram.Find("[data-testid=spredning-etiket-link]").GetAttribute("href").Should().Be("kommune/851");
        diagram.FindAll("[data-testid=spredningspunkt]")[1].GetAttribute("aria-expanded").Should().Be("true");

        diagram.FindAll("[data-testid=spredningspunkt]")[0].Click();
        diagram.Find("[data-testid=spredning-etiket]").TextContent.Should().Contain("København");

        diagram.FindAll("[data-testid=spredningspunkt]")[0].KeyDown(new Microsoft.AspNetCore.Components.Web.KeyboardEventArgs { Key = "Escape" });
        diagram.FindAll("[data-testid=spredning-etiket]").Should().BeEmpty();
    }

    [Fact]
    public void The_legend_explains_both_colours_and_the_diagonal()
    {
        var diagram = Tegn(Dagpenge);

        diagram.FindAll(".diagram-forklaringspost").Select(p => p.TextContent.Trim())
            .Should().Equal("Bedre end forventet (under diagonalen)", "Dårligere end forventet (over diagonalen)", "Faktisk = forventet");
    }
}
