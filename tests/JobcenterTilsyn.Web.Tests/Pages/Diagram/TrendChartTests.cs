using System.Globalization;
using Bunit;
using JobcenterTilsyn.Domain.Tid;
using JobcenterTilsyn.Web.Components.UI;

namespace JobcenterTilsyn.Web.Tests.Pages.Diagram;

/// <summary>The monthly line chart: gaps for hidden months (rules.md §10), axes, legend, markings.</summary>
public sealed class TrendChartTests : IAsyncLifetime
{
    private readonly BunitContext _bunit = new();

    public TrendChartTests() => CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("en-US");

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _bunit.DisposeAsync();

    private static IReadOnlyList<Trendpunkt> Serie(params double?[] vaerdier) =>
        [.. vaerdier.Select((v, i) => new Trendpunkt(new Maaned(2024, 1).AddMonths(i), v))];

    private IRenderedComponent<TrendChart> Tegn(IReadOnlyList<Trendpunkt> kommune, IReadOnlyList<Trendpunkt>? landet = null, double? graense = 0.7,
        IReadOnlyList<Trendmarkering>? markeringer = null) =>
        _bunit.Render<TrendChart>(p => p
            .Add(c => c.Titel, "Andel i job")
            .Add(c => c.Navn, "Aalborg")
            .Add(c => c.Kommune, kommune)
            .Add(c => c.Landet, landet ?? Serie(0.71, 0.72, 0.73, 0.74, 0.75, 0.76))
            .Add(c => c.Graense, graense)
            .Add(c => c.Markeringer, markeringer ?? []));

    [Fact]
    public void A_hidden_month_in_the_middle_splits_the_line_and_leaves_no_trace()
    {
        var diagram = Tegn(Serie(0.71234, 0.72345, null, 0.64567, 0.75678, 0.76789));

        var segmenter = diagram.FindAll("[data-testid=trend-linje-kommune]");
        segmenter.Should().HaveCount(2);
        segmenter[0].GetAttribute("points")!.Split(' ').Should().HaveCount(2);
        segmenter[1].GetAttribute("points")!.Split(' ').Should().HaveCount(3);
        // The country's line runs through March; its x must not appear in the municipality's line.
        var marts = diagram.Find("[data-testid=trend-linje-landet]").GetAttribute("points")!.Split(' ')[2].Split(',')[0];
        segmenter.SelectMany(s => s.GetAttribute("points")!.Split(' ')).Should().NotContain(p => p.StartsWith(marts + ",", StringComparison.Ordinal));

        diagram.FindAll("[data-testid=trend-punkt]").Should().HaveCount(5);
        diagram.FindAll("title").Select(t => t.TextContent).Should().NotContain(t => t.Contains("marts", StringComparison.Ordinal));
        diagram.Markup.Should().NotContain("marts 2024");
        diagram.Find("svg.diagram-svg").GetAttribute("aria-label").Should().Be("Andel i job: Aalborg 76,8 % i juni 2024, mål 70 %");
        diagram.Find("[data-testid=trend-chart]").GetAttribute("data-punkter").Should().Be("5");
        diagram.FindAll("title").Select(t => t.TextContent).Should().Contain("april 2024: 64,6 % (landet 74,0 %) – under målet");
    }

    [Fact]
    public void A_hidden_last_month_is_left_out_of_the_accessible_name()
    {
        var diagram = Tegn(Serie(0.71, 0.72, 0.73, 0.74, 0.75, null));

        diagram.FindAll("[data-testid=trend-linje-kommune]").Should().HaveCount(1);
        diagram.Find("svg.diagram-svg").GetAttribute("aria-label").Should().Contain("75,0 % i maj 2024").And.NotContain("juni");
        diagram.Markup.Should().NotContain("juni 2024");
    }

    [Fact]
    public void A_lone_month_between_gaps_is_drawn_as_a_dot()
    {
        var diagram = Tegn(Serie(0.71, null, 0.73, null, 0.75, 0.76));

        var segmenter = diagram.FindAll("[data-testid=trend-linje-kommune]").Select(s => s.GetAttribute("points")!.Split(' ')).ToList();
        segmenter.Should().HaveCount(3);
        segmenter[0].Should().HaveCount(2).And.OnlyContain(p => p == segmenter[0][0], "one point is drawn as a zero-length round-capped line");
    }

    [Fact]
    public void The_value_axis_has_danish_percentages_and_at_least_four_ticks_for_a_small_range()
    {
        var diagram = Tegn(Serie(0.004, 0.006, 0.0123, 0.018, 0.01, 0.009), Serie(0.005, 0.006, 0.007, 0.008, 0.009, 0.01), graense: null);

        var tick = diagram.FindAll(".diagram-yakse text").Select(t => t.TextContent).ToList();
        tick.Should().Equal("0,4 %", "0,6 %", "0,8 %", "1,0 %", "1,2 %", "1,4 %", "1,6 %", "1,8 %");
        diagram.FindAll("text").Select(t => t.TextContent).Should().NotContain(t => t.Contains('E') || t.Contains('.'));
        diagram.FindAll(".diagram-xakse text").Select(t => t.TextContent).Should().Equal("2024");
    }

    [Fact]
    public void The_legend_explains_lines_threshold_and_red_dots()
    {
        var med = Tegn(Serie(0.71, 0.72, 0.73, 0.74, 0.75, 0.76));
        med.FindAll(".diagram-forklaringspost").Select(p => p.TextContent.Trim())
            .Should().Equal("Aalborg", "Hele landet", "Mål", "Rød prik: under målet");

        var uden = Tegn(Serie(0.71, 0.72, 0.73, 0.74, 0.75, 0.76), graense: null);
        uden.FindAll(".diagram-forklaringspost").Select(p => p.TextContent.Trim()).Should().Equal("Aalborg", "Hele landet");
        uden.FindAll("[data-testid=trend-graense]").Should().BeEmpty();
    }

    [Fact]
    public void Every_line_is_a_stroke_class_never_an_unstyled_polygon()
    {
        var diagram = Tegn(Serie(0.71, 0.72, 0.73, 0.74, 0.75, 0.76));

        diagram.FindAll("polyline, line").Should().OnlyContain(l => l.ClassList.Contains("diagram-linje") || l.ClassList.Contains("diagram-gitter")
            || l.ClassList.Contains("diagram-markeringslinje"));
    }

    [Fact]
    public void A_rule_set_change_is_a_dashed_line_with_its_name_at_that_month()
    {
        var diagram = Tegn(Serie(0.71, 0.72, 0.73, 0.74, 0.75, 0.76),
            markeringer: [new Trendmarkering(new Maaned(2024, 4), "Regelsæt OEVO-2024"), new Trendmarkering(new Maaned(2026, 1), "Senere")]);

        var markering = diagram.Find("[data-testid=diagram-markering]");
        markering.TextContent.Trim().Should().Be("Regelsæt OEVO-2024");
        var x = markering.QuerySelector("line")!.GetAttribute("x1");
        diagram.Find("[data-testid=trend-linje-landet]").GetAttribute("points")!.Split(' ')[3].Should().StartWith(x + ",");
        diagram.FindAll("[data-testid=diagram-markering]").Should().HaveCount(1, "a marking outside the series is not drawn");
    }
}
