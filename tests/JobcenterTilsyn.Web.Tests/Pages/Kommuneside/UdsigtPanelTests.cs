using System.Globalization;
using Bunit;
using JobcenterTilsyn.Data.ReadModels;
using JobcenterTilsyn.Domain.Adgang;
using JobcenterTilsyn.Domain.Fokusmaal;
using JobcenterTilsyn.Domain.Tid;
using JobcenterTilsyn.Web.Components.Pages.Kommuneside;
using MudBlazor.Services;

namespace JobcenterTilsyn.Web.Tests.Pages.Kommuneside;

/// <summary>The outlook's sentences, chart and table as a manager reads them (rules.md §10, §11).</summary>
public sealed class UdsigtPanelTests : IAsyncLifetime
{
    private static readonly Maaned Status = new(2026, 7);
    private readonly BunitContext _bunit = new();

    public UdsigtPanelTests()
    {
        // The server's own culture must not matter: every text is formatted in da-DK explicitly.
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.InvariantCulture;
        _bunit.JSInterop.Mode = JSRuntimeMode.Loose;
        _bunit.Services.AddMudServices();
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _bunit.DisposeAsync();

    private static Udsigtspunkt Punkt(int maaned, Maal maal, int naevner, int harTilbud, bool administrator = false, double graense = 0.7) =>
        new(Status, new Maaned(2026, maaned), maal,
            Diskretion.Oplys(naevner, harTilbud, naevner - harTilbud, Math.Max(0, (int)Math.Ceiling((decimal)graense * naevner) - harTilbud), administrator),
            graense);

    private IRenderedComponent<UdsigtPanel> Render(params Udsigtspunkt[] punkter) =>
        _bunit.Render<UdsigtPanel>(p => p.Add(c => c.Udsigt, punkter));

    private static string Tekst(IRenderedComponent<UdsigtPanel> panel, string maal, int maaned) =>
        panel.Find($"[data-testid=udsigt-saetning][data-maal={maal}][data-maaned='2026-{maaned:D2}']").TextContent.Trim();

    [Fact]
    public void The_sentence_gives_the_target_group_those_without_an_offer_and_how_many_must_get_one_by_the_deadline()
    {
        // 65 heading for August, 45 with an offer: ⌈0.7·65⌉ = 46, so 1 more is needed.
        var panel = Render(Punkt(8, Maal.ATilbud12m, 65, 45));

        Tekst(panel, "A", 8).Should().EndWith(
            "I august kommer 65 borgere i målgruppen; 20 har endnu ikke fået tilbud; 1 skal have tilbud senest 31. august 2026 for at nå 70 %.");
        panel.Find("#udsigt-overskrift").TextContent.Should().Contain("31. juli 2026");
    }

    [Fact]
    public void One_citizen_is_singular_and_many_are_plural_with_danish_thousands()
    {
        var en = Render(Punkt(9, Maal.ATilbud12m, 1, 0, administrator: true));
        Tekst(en, "A", 9).Should().Contain("I september kommer 1 borger i målgruppen; 1 har endnu ikke fået tilbud; 1 skal have tilbud senest 30. september 2026");

        var mange = Render(Punkt(9, Maal.ATilbud12m, 1234, 860));
        Tekst(mange, "A", 9).Should().Contain("kommer 1.234 borgere i målgruppen; 374 har endnu ikke fået tilbud; 4 skal have tilbud");
    }

    [Fact]
    public void The_b_deadline_is_six_months_on_benefits_within_the_month()
    {
        var panel = Render(Punkt(10, Maal.BTidligIndsats, 50, 30, graense: 0.8));

        Tekst(panel, "B", 10).Should().EndWith(
            "I oktober kommer 50 borgere i målgruppen; 20 har endnu ikke fået tilbud; 10 skal have tilbud inden 6 måneder på ydelse (senest 31. oktober 2026) for at nå 80 %.");
    }

    [Fact]
    public void A_goal_already_within_reach_and_an_empty_month_are_said_in_words()
    {
        var panel = Render(Punkt(8, Maal.ATilbud12m, 20, 20), Punkt(8, Maal.BTidligIndsats, 0, 0, graense: 0.8));

        Tekst(panel, "A", 8).Should().EndWith("I august kommer 20 borgere i målgruppen; alle har allerede fået tilbud; det er allerede nok til at nå 70 %.");
        Tekst(panel, "B", 8).Should().EndWith("I august kommer ingen borgere i målgruppen.");
    }

    [Fact]
    public void A_withheld_figure_is_phrased_without_its_number_for_a_non_administrator()
    {
        // 3 heading for the month: withheld entirely. 40 with 2 without an offer: the split is withheld, 40 is not.
        var panel = Render(Punkt(8, Maal.ATilbud12m, 3, 1), Punkt(8, Maal.BTidligIndsats, 40, 38, graense: 0.8));

        var a = Tekst(panel, "A", 8);
        a.Should().EndWith("I august kommer færre end 5 borgere i målgruppen; af diskretionshensyn vises tallene ikke.");
        a.Should().NotContainAny("3 borgere", "1 har", "< 5 borgere");
        var b = Tekst(panel, "B", 8);
        b.Should().EndWith("I august kommer 40 borgere i målgruppen; hvor mange af dem der har tilbud, vises ikke, da det drejer sig om færre end 5 borgere.");
        b.Should().NotContainAny("38", "2 har");
        panel.FindAll("[data-testid=udsigt-soejle]").Should().BeEmpty("no bar may show a withheld share");
        panel.FindAll("[data-testid=udsigt-soejle-skjult]").Select(e => e.TextContent.Trim()).Should().Equal("< 5", "< 5");
        panel.Find("[data-testid=udsigt]").TextContent.Should().NotContain("38");
    }

    [Fact]
    public void An_administrator_sees_the_small_figures_in_the_sentence()
    {
        var panel = Render(Punkt(8, Maal.ATilbud12m, 3, 1, administrator: true));

        Tekst(panel, "A", 8).Should().EndWith("I august kommer 3 borgere i målgruppen; 2 har endnu ikke fået tilbud; 2 skal have tilbud senest 31. august 2026 for at nå 70 %.");
    }

    [Fact]
    public void The_chart_draws_the_share_with_an_offer_up_from_the_base_and_the_goal_mark_at_the_threshold()
    {
        var panel = Render(Punkt(8, Maal.ATilbud12m, 100, 50), Punkt(8, Maal.BTidligIndsats, 100, 90, graense: 0.8));

        var skala = UdsigtDiagram.Skala;
        var bund = skala.Top + skala.Hoejde;
        var a = panel.Find("[data-testid=udsigt-soejle][data-maal=A]");
        a.GetAttribute("data-andel").Should().Be("50");
        var har = a.QuerySelector("[data-testid=udsigt-soejle-har]")!;
        double.Parse(har.GetAttribute("height")!, CultureInfo.InvariantCulture).Should().BeApproximately(skala.Hoejde * 0.5, 0.01);
        (double.Parse(har.GetAttribute("y")!, CultureInfo.InvariantCulture) + double.Parse(har.GetAttribute("height")!, CultureInfo.InvariantCulture))
            .Should().BeApproximately(bund, 0.01);
        double.Parse(a.QuerySelector("[data-testid=udsigt-maalstreg]")!.GetAttribute("y1")!, CultureInfo.InvariantCulture)
            .Should().BeApproximately(skala.Y(0.7), 0.01);
        // A needs 20 more of 100: the light part reaches exactly the goal.
        double.Parse(a.QuerySelector("[data-testid=udsigt-soejle-mangler]")!.GetAttribute("y")!, CultureInfo.InvariantCulture)
            .Should().BeApproximately(skala.Y(0.7), 0.01);
        // B is over its goal: no part still needed.
        panel.Find("[data-testid=udsigt-soejle][data-maal=B]").QuerySelector("[data-testid=udsigt-soejle-mangler]").Should().BeNull();
    }
}
