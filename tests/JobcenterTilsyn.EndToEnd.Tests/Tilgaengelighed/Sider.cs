using JobcenterTilsyn.Data.Tilsynssager;
using JobcenterTilsyn.Domain.Adgang;
using JobcenterTilsyn.EndToEnd.Tests.Infrastructure;
using JobcenterTilsyn.EndToEnd.Tests.Tilsynssager;
using JobcenterTilsyn.Testing;
using Microsoft.EntityFrameworkCore;
using static Microsoft.Playwright.Assertions;

namespace JobcenterTilsyn.EndToEnd.Tests.Tilgaengelighed;

/// <summary>One page as a user in a role (null: signed out) sees it; <see cref="Navn"/> names its screenshots.</summary>
public sealed record Side(string Navn, string Sti, Rolle? Rolle);

/// <summary>Every page of the app, for every role that has pages of its own, on the demo results and one open case.</summary>
internal static class Sider
{
    /// <summary>A municipality no other test opens a case for.</summary>
    private const short SagensKommune = 173;

    public static async Task<IReadOnlyList<Side>> AlleAsync(AppServerFixture app)
    {
        await DemoResultater.SikrAsync(app.Database.ConnectionString);
        var sagId = await SagAsync(app);
        var aar = DemoResultater.Til.Aar;
        return
        [
            new("log-ind", "/konto/log-ind", null),
            new("overblik-analytiker", "/", Rolle.Analytiker),
            new("overblik", "/", Rolle.Administrator),
            new("kommuner", "/kommuner", Rolle.Administrator),
            new("kommune", "/kommune/851", Rolle.Administrator),
            new("rapport", $"/kommune/851/rapport/{aar}", Rolle.Administrator),
            new("benchmark", "/benchmark", Rolle.Administrator),
            new("udpegning", "/udpegning", Rolle.Administrator),
            new("tilsynssager", "/tilsynssager", Rolle.Administrator),
            new("tilsynssag", $"/tilsynssager/{sagId}", Rolle.Administrator),
            new("import", "/import", Rolle.Administrator),
            new("administration", "/administration", Rolle.Administrator),
            new("brugere", "/administration/brugere", Rolle.Administrator),
            new("api-noegler", "/administration/api-noegler", Rolle.Administrator),
            new("min-kommune", $"/kommune/{Testbrugere.ChefensKommune}", Rolle.Jobcenterchef),
            new("tilsynssager-chef", "/tilsynssager", Rolle.Jobcenterchef),
            new("ingen-adgang", "/konto/ingen-adgang", Rolle.Jobcenterchef),
            new("ingen-adgang-import", "/import", Rolle.Jobcenterchef),
            new("status-403", "/status/403", Rolle.Analytiker),
            new("findes-ikke", "/findes-ikke", Rolle.Analytiker),
        ];
    }

    /// <summary>Opens <paramref name="side"/> and waits until its heading is shown and nothing is loading any more.</summary>
    public static async Task AabnAsync(BrowserSession session, Side side)
    {
        if (side.Rolle is null)
        {
            await session.Page.GotoAsync(side.Sti.TrimStart('/'));
        }
        else
        {
            await session.GotoAsync(side.Sti);
        }
        await Expect(session.Page.Locator("h1").First).ToBeVisibleAsync();
        await Expect(session.Page.Locator(".mud-progress-linear, .mud-progress-circular, .mud-skeleton")).ToHaveCountAsync(0);
        // Charts and grids settle a frame after their data arrives.
        await session.Page.WaitForTimeoutAsync(300);
    }

    private static async Task<long> SagAsync(AppServerFixture app)
    {
        await using var db = app.Database.CreateContext();
        var aaben = await db.Set<TilsynssagEntity>()
            .Where(s => s.Kommunekode == SagensKommune).Select(s => (long?)s.Id).FirstOrDefaultAsync();
        return aaben ?? await Sagsdata.AabenSagMedPlanAsync(app, SagensKommune);
    }
}
