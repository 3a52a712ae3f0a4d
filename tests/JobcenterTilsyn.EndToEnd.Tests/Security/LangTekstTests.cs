using System.Text;
using JobcenterTilsyn.Data.Tilsynssager;
using JobcenterTilsyn.Domain.Adgang;
using JobcenterTilsyn.Domain.Tilsynssager;
using JobcenterTilsyn.EndToEnd.Tests.Infrastructure;
using JobcenterTilsyn.EndToEnd.Tests.Tilsynssager;
using JobcenterTilsyn.Testing;
using static Microsoft.Playwright.Assertions;

namespace JobcenterTilsyn.EndToEnd.Tests.Security;

/// <summary>
/// Issue 13: a plan over 32 KB dropped the circuit (SignalR's default message size) and the form then said the plan
/// was empty. The stated limit must be reachable, the remaining length shown, and a reload must not lose the text.
/// </summary>
[Collection(AppCollection.Name)]
public sealed class LangTekstTests(AppServerFixture app, BrowserFixture browser)
{
    [Fact]
    public async Task A_plan_of_45000_characters_survives_a_reload_as_a_draft_and_is_saved_whole()
    {
        var sagId = await SagMedRedegoerelseAsync(Testbrugere.AndenKommune);
        var plan = LangTekst(45_000);
        await using var session = await browser.OpenSessionAsync(app);
        await session.SignInAsync(app.Brugere.AndenChef);
        await session.GotoAsync($"/tilsynssager/{sagId}");

        await session.ByTestId("handling-indsend_genopretningsplan").ClickAsync();
        // As a paste does it: the whole text in one input event (Playwright's FillAsync types it in, far too slowly for 45,000 characters).
        await session.ByTestId("felt-tekst").EvaluateAsync(
            "(e, tekst) => { e.focus(); e.value = tekst; e.dispatchEvent(new Event('input', { bubbles: true })); e.dispatchEvent(new Event('change', { bubbles: true })); }", plan);
        // The remaining length is counted on the server, so seeing it means the whole text arrived.
        await Expect(session.ByTestId("handling-formular")).ToContainTextAsync("Plads til 5.000 tegn mere", new() { Timeout = 15_000 });

        // A new page and a new circuit: the server-side draft brings back the action and the text.
        await session.Page.ReloadAsync();
        await session.WaitUntilInteractiveAsync();
        await Expect(session.ByTestId("felt-tekst")).ToHaveValueAsync(plan, new() { Timeout = 15_000 });

        await session.ByTestId("handling-udfoer").ClickAsync();
        await Expect(session.ByTestId("handling-formular")).ToHaveCountAsync(0, new() { Timeout = 15_000 });
        await Expect(session.ByTestId("sag-plan")).ToContainTextAsync(plan[^60..].Trim());
        await using (var db = app.Database.CreateContext())
        {
            var sag = (await TilsynssagStore.HentAsync(db, sagId))!;
            sag.Sag.Genopretningsplan!.Tekst.Should().Be(plan);
        }
        session.Errors.Should().BeEmpty("the circuit must not drop on a long text");
    }

    /// <summary>Danish prose with line breaks and æøå (two bytes each in UTF-8), exactly <paramref name="laengde"/> characters.</summary>
    private static string LangTekst(int laengde)
    {
        var tekst = new StringBuilder();
        for (var i = 1; tekst.Length < laengde; i++)
            tekst.Append("Afsnit ").Append(i).Append(": flere virksomhedsrettede tilbud, bedre opfølgning på sygedagpenge og kontanthjælp i løbet af året.\n");
        return tekst.ToString(0, laengde);
    }

    private async Task<long> SagMedRedegoerelseAsync(short kommunekode)
    {
        var sagId = await Sagsdata.AabenSagAsync(app, kommunekode);
        await using var db = app.Database.CreateContext();
        var version = (await TilsynssagStore.HentAsync(db, sagId))!.Version;
        var chef = new Aktoer($"chef.{kommunekode}@test.dk", Rolle.Jobcenterchef, kommunekode);
        var r = await TilsynssagStore.UdfoerAsync(db, sagId, version, new IndsendRedegoerelse("Redegørelse."), chef, [], DateTimeOffset.UtcNow);
        return r.Udfoert ? sagId : throw new InvalidOperationException(r.Besked);
    }
}
