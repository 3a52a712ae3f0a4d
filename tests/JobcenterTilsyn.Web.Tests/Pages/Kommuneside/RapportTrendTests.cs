using System.Globalization;
using Bunit;
using JobcenterTilsyn.Data.ReadModels;
using JobcenterTilsyn.Domain.Adgang;
using JobcenterTilsyn.Domain.Fokusmaal;
using JobcenterTilsyn.Domain.Tid;
using JobcenterTilsyn.Web.Components.Pages.Kommuneside;
using MudBlazor.Services;

namespace JobcenterTilsyn.Web.Tests.Pages.Kommuneside;

/// <summary>The report's small trend of A or B: Danish text, a withheld month breaks the line and is never drawn.</summary>
public sealed class RapportTrendTests : IAsyncLifetime
{
    private readonly BunitContext _bunit = new();

    public RapportTrendTests()
    {
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("da-DK");
        _bunit.JSInterop.Mode = JSRuntimeMode.Loose;
        _bunit.Services.AddMudServices();
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _bunit.DisposeAsync();

    private static Maalpunkt Punkt(int maaned, int taeller, int naevner, bool admin = false) =>
        new(new Maaned(2025, maaned), Maal.ATilbud12m, Diskretion.Oplys(new Maaltal(taeller, naevner, 0.7), admin),
            OplystMaaltal.Helt(new Maaltal(700, 1000, 0.7)), "OEVO-2024");

    [Fact]
    public void The_trend_names_first_and_last_share_in_danish_and_a_withheld_month_breaks_the_line()
    {
        // March is 7 of 10: withheld from non-administrators (its complement is 3).
        IReadOnlyList<Maalpunkt> punkter = [Punkt(1, 60, 100), Punkt(2, 65, 100), Punkt(3, 7, 10), Punkt(4, 72, 100), Punkt(5, 723, 1000), Punkt(12, 1, 1, admin: true) with { Maaned = new Maaned(2024, 12) }];

        var trend = _bunit.Render<RapportTrend>(p => p.Add(t => t.Punkter, punkter).Add(t => t.Maal, Maal.ATilbud12m).Add(t => t.Aar, 2025));

        trend.Find("figcaption").TextContent.Should().Be("A jan. 60,0 % → maj 72,3 % (mål 70 %)");
        trend.FindAll("polyline").Should().HaveCount(2, "the withheld March splits the line in two");
        trend.FindAll("circle").Should().HaveCount(4, "no dot for the withheld month, none for 2024");
        trend.FindAll("circle").Select(c => c.GetAttribute("fill")).Should().Equal("#b32121", "#b32121", "#1b4f8a", "#1b4f8a");
        // SVG lengths in invariant notation: a Danish decimal comma is an invalid attribute the browser reports.
        trend.FindAll("line, circle").SelectMany(e => e.Attributes.Where(a => a.Name is "y1" or "y2" or "cx" or "cy"))
            .Should().OnlyContain(a => System.Text.RegularExpressions.Regex.IsMatch(a.Value, @"^\d+(\.\d+)?$"));
        trend.FindAll("polyline").SelectMany(p => p.GetAttribute("points")!.Split(' '))
            .Should().OnlyContain(par => System.Text.RegularExpressions.Regex.IsMatch(par, @"^\d+(\.\d+)?,\d+(\.\d+)?$"));
        trend.Markup.Should().NotContain("E-").And.NotContain("70,0 %", "March's withheld share is never drawn or written");
    }

    [Fact]
    public void A_year_with_every_month_withheld_says_so()
    {
        var trend = _bunit.Render<RapportTrend>(p => p.Add(t => t.Punkter, [Punkt(1, 3, 4)]).Add(t => t.Maal, Maal.ATilbud12m).Add(t => t.Aar, 2025));
        trend.Find("figcaption").TextContent.Should().Be("A skjult (færre end 5 personer)");
        trend.FindAll("polyline").Should().BeEmpty();
    }
}
