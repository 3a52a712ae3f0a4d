using Bunit;
using JobcenterTilsyn.Web.Components.UI;
using MudBlazor.Services;

namespace JobcenterTilsyn.Web.Tests.Pages.UI;

/// <summary>The native select in MudSelect's look that the Overblik's filters use.</summary>
public sealed class ValgfeltTests : IAsyncLifetime
{
    private readonly BunitContext _bunit = new();

    public ValgfeltTests() => _bunit.Services.AddMudServices();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _bunit.DisposeAsync();

    private IRenderedComponent<Valgfelt<int>> Render(int vaerdi, Action<int>? valgt = null) =>
        _bunit.Render<Valgfelt<int>>(p => p
            .Add(c => c.Label, "Klynge")
            .Add(c => c.Valg, [0, 1, 2, 3])
            .Add(c => c.Value, vaerdi)
            .Add(c => c.Tekst, k => k == 0 ? "Alle klynger" : $"Klynge {k}")
            .Add(c => c.ValueChanged, v => valgt?.Invoke(v))
            .Add(c => c.TestId, "klynge-filter"));

    [Fact]
    public void Every_choice_is_an_option_with_its_text_and_the_value_is_the_chosen_one()
    {
        var felt = Render(2);

        felt.FindAll("option").Select(o => o.TextContent).Should().Equal("Alle klynger", "Klynge 1", "Klynge 2", "Klynge 3");
        felt.Find("select").GetAttribute("value").Should().Be("2");
    }

    [Fact]
    public void The_label_names_the_select()
    {
        var felt = Render(0);

        var id = felt.Find("select").Id;
        id.Should().NotBeNullOrEmpty();
        felt.Find("label").GetAttribute("for").Should().Be(id);
        felt.Find("label").TextContent.Should().Be("Klynge");
    }

    [Fact]
    public void Choosing_an_option_reports_its_value()
    {
        var valgt = -1;
        var felt = Render(0, v => valgt = v);

        felt.Find("select").Change("3");

        valgt.Should().Be(3);
    }

    [Fact]
    public void A_value_outside_the_choices_reports_nothing()
    {
        var valgt = -1;
        var felt = Render(0, v => valgt = v);

        felt.Find("select").Change("9");
        felt.Find("select").Change("x");

        valgt.Should().Be(-1);
    }

    [Fact]
    public void A_value_outside_the_choices_heads_the_list_so_the_field_shows_it()
    {
        var valgt = -1;
        var felt = Render(9, v => valgt = v);

        felt.FindAll("option").Select(o => o.TextContent).Should().Equal("Klynge 9", "Alle klynger", "Klynge 1", "Klynge 2", "Klynge 3");
        felt.Find("select").GetAttribute("value").Should().Be(felt.FindAll("option")[0].GetAttribute("value"));

        felt.Find("select").Change("1");
        valgt.Should().Be(1);
    }
}
