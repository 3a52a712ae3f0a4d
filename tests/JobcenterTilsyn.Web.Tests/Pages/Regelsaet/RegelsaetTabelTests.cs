using System.Globalization;
using Bunit;
using JobcenterTilsyn.Domain.Regler;
using JobcenterTilsyn.Web.Components.Pages.Administration.Regelsaet;
using Microsoft.AspNetCore.Components;
using MudBlazor.Services;

namespace JobcenterTilsyn.Web.Tests.Pages.Regelsaet;

/// <summary>The rule set table: a used rule set is shown locked, with no action; only an unused one can be deleted.</summary>
public sealed class RegelsaetTabelTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Tid = new(2025, 6, 30, 22, 15, 0, TimeSpan.Zero);

    private readonly BunitContext _bunit = new();

    public RegelsaetTabelTests()
    {
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("da-DK");
        _bunit.JSInterop.Mode = JSRuntimeMode.Loose;
        _bunit.Services.AddMudServices();
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _bunit.DisposeAsync();

    [Fact]
    public void A_used_rule_set_has_no_action_and_an_unused_one_can_be_deleted()
    {
        GemtRegelsaet? slettet = null;
        var maal = Domain.Regler.Regelsaet.Oevo2024 with { Navn = "MAAL-2025", GyldigFra = new DateOnly(2025, 7, 1), GraenseA = 0.75 };
        var tabel = _bunit.Render<RegelsaetTabel>(p => p
            .Add(t => t.Regelsaet, [
                new GemtRegelsaet(Domain.Regler.Regelsaet.Oevo2024, Brugt: true, Tid, "system"),
                new GemtRegelsaet(maal, Brugt: false, Tid, "admin@test.dk"),
            ])
            .Add(t => t.Slet, EventCallback.Factory.Create<GemtRegelsaet>(this, g => slettet = g)));

        var raekker = tabel.FindAll("tbody tr");
        raekker.Should().HaveCount(2);
        raekker[0].QuerySelector("[data-testid=rs-raekke-brugt]")!.TextContent.Trim().Should().Be("Ja");
        raekker[0].QuerySelectorAll("button").Should().BeEmpty("a used rule set is never edited or deleted");
        raekker[1].TextContent.Should().Contain("75,0 %").And.Contain("01-07-2025").And.Contain("1. jul. 2025 kl. 00.15 af admin@test.dk",
            "the time is shown in Danish time (UTC+2 in summer)");
        raekker[1].QuerySelector("[data-testid=rs-raekke-brugt]")!.TextContent.Trim().Should().Be("Nej");

        raekker[1].QuerySelector("button[data-testid=rs-slet]")!.Click();

        slettet!.Navn.Should().Be("MAAL-2025");
    }
}
