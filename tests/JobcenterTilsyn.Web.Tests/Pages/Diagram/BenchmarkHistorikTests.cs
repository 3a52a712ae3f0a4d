using System.Globalization;
using Bunit;
using JobcenterTilsyn.Data.ReadModels;
using JobcenterTilsyn.Domain.Benchmark;
using JobcenterTilsyn.Web.Components.Pages.Kommuneside;
using MudBlazor.Services;

namespace JobcenterTilsyn.Web.Tests.Pages.Diagram;

/// <summary>The rank history on the municipality page uses the shared chart frame and its classes.</summary>
public sealed class BenchmarkHistorikTests : IAsyncLifetime
{
    private readonly BunitContext _bunit = new();

    public BenchmarkHistorikTests()
    {
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("da-DK");
        _bunit.JSInterop.Mode = JSRuntimeMode.Loose;
        _bunit.Services.AddMudServices();
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _bunit.DisposeAsync();

    [Fact]
    public void Rank_is_a_stroked_line_with_interval_bars_rank_one_on_top_and_a_legend()
    {
        IReadOnlyList<Historikpunkt> punkter =
        [
            new(new Maaleperiode(new DateOnly(2023, 1, 1), new DateOnly(2023, 12, 31)), 40, 30, 52, 0.001, null, null, 98, "OEVO-2024", "m1"),
            new(new Maaleperiode(new DateOnly(2024, 7, 1), new DateOnly(2025, 6, 30)), 20, 12, 31, -0.002, null, null, 98, "OEVO-2024", "m1"),
            new(new Maaleperiode(new DateOnly(2025, 1, 1), new DateOnly(2025, 12, 31)), 12, null, null, -0.004, null, null, 98, "OEVO-2024", "m1"),
        ];

        var historik = _bunit.Render<BenchmarkHistorik>(p => p.Add(c => c.Punkter, punkter));

        historik.FindAll("[data-testid=historik-linje]").Should().ContainSingle().Which.ClassList.Should().Contain("diagram-linje");
        historik.FindAll("[data-testid=historik-interval]").Should().HaveCount(2);
        historik.FindAll(".diagram-yakse text").Select(t => t.TextContent).Should().Equal("1", "20", "40", "60", "80", "98");
        historik.FindAll(".diagram-xakse text").Select(t => t.TextContent).Should().Equal("2023", "06/25", "2025");
        var ys = historik.FindAll("[data-testid=historik-punkt]").Select(c => double.Parse(c.GetAttribute("cy")!, CultureInfo.InvariantCulture)).ToList();
        ys.Should().BeInDescendingOrder("a better (lower) rank is drawn higher up");
        historik.FindAll(".diagram-forklaringspost").Select(p => p.TextContent.Trim()).Should().Equal("Rang", "Sandsynligt interval (90 %)");
    }
}
