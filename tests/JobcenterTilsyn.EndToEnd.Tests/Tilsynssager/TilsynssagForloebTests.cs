using System.Globalization;
using JobcenterTilsyn.Domain.Adgang;
using JobcenterTilsyn.EndToEnd.Tests.Infrastructure;
using JobcenterTilsyn.Testing;
using Microsoft.Playwright;
using System.Text.RegularExpressions;
using static Microsoft.Playwright.Assertions;

namespace JobcenterTilsyn.EndToEnd.Tests.Tilsynssager;

[Collection(AppCollection.Name)]
public sealed class TilsynssagForloebTests(AppServerFixture app, BrowserFixture browser)
{
    private static readonly string Idag = JobcenterTilsyn.Domain.Tid.DanskTid.Dato(DateTimeOffset.UtcNow).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
    private static readonly string OmEtAar = JobcenterTilsyn.Domain.Tid.DanskTid.Dato(DateTimeOffset.UtcNow).AddYears(1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    [Fact]
    public async Task A_case_goes_from_designation_to_closed_with_the_manager_submitting_and_the_administrator_deciding()
    {
        await Sagsdata.GemUdpegningAsync(app, Testbrugere.ChefensKommune);

        // The administrator opens the case from the designation.
        await using var admin = await browser.OpenSessionAsync(app);
        await admin.SignInAsync(Rolle.Administrator);
        await admin.GotoAsync("/tilsynssager");
        await admin.ByTestId("aabn-sag-knap").ClickAsync();
        // The picker filters as you type.
        await KommuneFelt(admin).FillAsync("Køben");
        await Expect(admin.Page.GetByRole(AriaRole.Option)).ToHaveCountAsync(1);
        await admin.Page.GetByRole(AriaRole.Option, new() { Name = "101 København", Exact = true }).ClickAsync();
        await Expect(KommuneFelt(admin)).ToHaveValueAsync("101 København");
        await admin.ByTestId("aabn-aar").FillAsync(Sagsdata.Aar.ToString(CultureInfo.InvariantCulture));
        await admin.ByTestId("aabn-aar").BlurAsync();
        await Expect(admin.ByTestId("aabn-grundlag")).ToContainTextAsync("udpeget");
        await admin.ByTestId("aabn-begrundelse").FillAsync("Udpeget på både resultat og indsats i 2021.");
        await admin.ScreenshotAsync("tilsynssag-1-aabn");
        await admin.ByTestId("aabn-udfoer").ClickAsync();
        // Other tests' cases are in the list too: wait for the new case's own page before reading its state.
        await Expect(admin.Page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex(@"/tilsynssager/\d+$"), new() { Timeout = 15_000 });
        await Expect(admin.ByTestId("sag-frister")).ToBeVisibleAsync(new() { Timeout = 15_000 });
        // The state is what happened to the case; the designation category it was opened on stands beside it.
        await Expect(admin.ByTestId("sag-tilstand")).ToHaveTextAsync("Åbnet");
        await Expect(admin.ByTestId("sag-udpegning")).ToContainTextAsync($"Udpegning {Sagsdata.Aar}:");
        await Expect(admin.ByTestId("sag-udpegning").GetByTestId("kategori")).ToHaveTextAsync("Udpeget");
        await Expect(admin.ByTestId("historik-detaljer").First).ToContainTextAsync("resultatkriteriet opfyldt, indsatskriteriet opfyldt");
        var sagsadresse = new Uri(admin.Page.Url).AbsolutePath;
        await Expect(admin.ByTestId("sag-frister")).ToContainTextAsync("Redegørelse");
        await admin.ScreenshotAsync("tilsynssag-2-aabnet");

        // The manager of København finds it and submits the redegørelse and the plan, with a PDF each.
        await using var chef = await browser.OpenSessionAsync(app);
        await chef.SignInAsync(Rolle.Jobcenterchef);
        await chef.GotoAsync("/tilsynssager");
        await Expect(chef.ByTestId("kun-egen-kommune")).ToBeVisibleAsync();
        await chef.ByTestId("sag-link").First.ClickAsync();
        await Expect(chef.ByTestId("sag-tilstand")).ToHaveTextAsync("Åbnet");
        await IndsendAsync(chef, "indsend_redegoerelse", "Ledigheden steg, og for få fik tilbud i tide.", "redegoerelse.pdf");
        await Expect(chef.ByTestId("sag-tilstand")).ToHaveTextAsync("Redegørelse modtaget");
        await IndsendAsync(chef, "indsend_genopretningsplan", "Flere virksomhedsrettede tilbud inden for de første 6 måneder.", "genopretningsplan.pdf");
        await Expect(chef.ByTestId("sag-plan")).ToContainTextAsync("virksomhedsrettede");
        await Expect(chef.ByTestId("bilag-link")).ToHaveCountAsync(2);
        await Expect(chef.ByTestId("bilag-trin")).ToContainTextAsync(["Trin: Redegørelse", "Trin: Genopretningsplan"]);
        await Expect(chef.ByTestId("sag-tilstand")).ToHaveTextAsync("Plan modtaget");
        await Expect(chef.ByTestId("historik-tilstand").First).ToHaveTextAsync("Redegørelse modtaget → Plan modtaget");
        await Expect(chef.ByTestId("sag-handlinger")).ToHaveCountAsync(0); // the plan awaits the administrator's decision
        await chef.ScreenshotAsync("tilsynssag-3-indsendt");

        // The administrator approves, records the review, starts recovery and closes.
        await admin.GotoAsync(sagsadresse);
        await UdfoerAsync(admin, "godkend_plan", ("felt-begrundelse", "Planen er realistisk og målbar."));
        await Expect(admin.ByTestId("sag-tilstand")).ToHaveTextAsync("Plan godkendt");
        await UdfoerAsync(admin, "registrer_sagsgennemgang", ("felt-udfoert-af", "Revision A/S"), ("felt-omraader", "Kontanthjælp og sygedagpenge"),
            ("felt-dato", Idag), ("felt-begrundelse", "Uvildig gennemgang modtaget."));
        await Expect(admin.ByTestId("sag-sagsgennemgang")).ToContainTextAsync("Revision A/S");
        await UdfoerAsync(admin, "start_genopretning", ("felt-slutdato", OmEtAar), ("felt-begrundelse", "Et år til genopretning."));
        await Expect(admin.ByTestId("sag-tilstand")).ToHaveTextAsync("Genopretning");
        await admin.ScreenshotAsync("tilsynssag-4-genopretning");
        // Closing asks first: "Fortryd" keeps the case in genopretning and what was typed.
        await admin.ByTestId("handling-afslut").ClickAsync();
        await admin.ByTestId("felt-begrundelse").FillAsync("Målene er nået.");
        await admin.ByTestId("handling-udfoer").ClickAsync();
        await Expect(Dialog(admin)).ToContainTextAsync("Afslut sagen?");
        await admin.ScreenshotAsync("tilsynssag-afslut-bekraeft");
        await Dialog(admin).GetByRole(AriaRole.Button, new() { Name = "Fortryd" }).ClickAsync();
        await Expect(Dialog(admin)).ToHaveCountAsync(0);
        await Expect(admin.ByTestId("sag-tilstand")).ToHaveTextAsync("Genopretning");
        await Expect(admin.ByTestId("felt-begrundelse")).ToHaveValueAsync("Målene er nået.");
        await admin.ByTestId("handling-udfoer").ClickAsync();
        await Dialog(admin).GetByRole(AriaRole.Button, new() { Name = "Afslut sag" }).ClickAsync();
        await Expect(admin.ByTestId("sag-tilstand")).ToHaveTextAsync("Afsluttet");
        await Expect(admin.ByTestId("historik-post")).ToHaveCountAsync(7);
        await Expect(admin.ByTestId("historik-handling")).ToHaveTextAsync([
            "Sag afsluttet", "Genopretningsperiode startet", "Uvildig sagsgennemgang registreret", "Genopretningsplan godkendt",
            "Genopretningsplan indsendt", "Redegørelse indsendt", "Sag åbnet",
        ]);
        await Expect(admin.ByTestId("historik-tilstand").First).ToHaveTextAsync("Genopretning → Afsluttet");
        // The deadlines of a closed case: what was received stays received; the recovery period is closed, not met.
        await Expect(admin.ByTestId("frist")).ToHaveTextAsync([new Regex(@"Modtaget\s*$"), new Regex(@"Modtaget\s*$"), new Regex(@"Lukket – sagen er afsluttet\s*$")]);
        await Expect(admin.ByTestId("sag-handlinger")).ToHaveCountAsync(0);
        await admin.ScreenshotAsync("tilsynssag-5-afsluttet");

        // The attachments download through the authorized endpoint with the browser's sign-in cookie.
        var href = await admin.ByTestId("bilag-link").First.GetAttributeAsync("href");
        var svar = await admin.Page.Context.APIRequest.GetAsync(href!);
        svar.Status.Should().Be(200);
        svar.Headers["content-type"].Should().Be("application/pdf");
        (await svar.BodyAsync()).Should().Equal(Sagsdata.Pdf);

        admin.Errors.Should().BeEmpty("no script errors and no CSP violations");
        chef.Errors.Should().BeEmpty();
    }

    [Fact]
    public async Task A_second_administrator_acting_on_an_old_view_gets_the_conflict_message_and_keeps_what_was_typed()
    {
        var sagId = await Sagsdata.AabenSagMedPlanAsync(app, 147);
        await using var foerste = await browser.OpenSessionAsync(app);
        await using var anden = await browser.OpenSessionAsync(app);
        await foerste.SignInAsync(Rolle.Administrator);
        await anden.SignInAsync(Rolle.Administrator);
        await foerste.GotoAsync($"/tilsynssager/{sagId}");
        await anden.GotoAsync($"/tilsynssager/{sagId}");

        // The second starts recording the review; meanwhile the first approves the plan.
        await anden.ByTestId("handling-registrer_sagsgennemgang").ClickAsync();
        await anden.ByTestId("felt-udfoert-af").FillAsync("Revision C");
        await anden.ByTestId("felt-omraader").FillAsync("Sygedagpenge");
        await anden.ByTestId("felt-dato").FillAsync(Idag);
        await anden.ByTestId("felt-begrundelse").FillAsync("En lang begrundelse, der ikke må gå tabt.");
        await UdfoerAsync(foerste, "godkend_plan", ("felt-begrundelse", "Godkendt."));
        await Expect(foerste.ByTestId("sag-tilstand")).ToHaveTextAsync("Plan godkendt");
        await anden.ByTestId("handling-udfoer").ClickAsync();

        await Expect(anden.ByTestId("handling-konflikt")).ToContainTextAsync(
            "Sagen er ændret af en anden bruger, siden du åbnede den. Genindlæs og prøv igen.");
        await Expect(anden.ByTestId("felt-begrundelse")).ToHaveValueAsync("En lang begrundelse, der ikke må gå tabt.");
        await anden.ScreenshotAsync("tilsynssag-konflikt");

        await anden.ByTestId("genindlaes").ClickAsync();
        await Expect(anden.ByTestId("sag-tilstand")).ToHaveTextAsync("Plan godkendt");
        await Expect(anden.ByTestId("felt-begrundelse")).ToHaveValueAsync("En lang begrundelse, der ikke må gå tabt.");
        await anden.ByTestId("handling-udfoer").ClickAsync();
        await Expect(anden.ByTestId("sag-sagsgennemgang")).ToContainTextAsync("Revision C");
        anden.Errors.Should().BeEmpty();
        foerste.Errors.Should().BeEmpty();
    }

    [Fact]
    public async Task A_manager_opening_another_kommunes_case_by_address_is_refused()
    {
        var sagId = await Sagsdata.AabenSagAsync(app, 151);
        await using var session = await browser.OpenSessionAsync(app);
        await session.SignInAsync(app.Brugere.AndenChef);

        var svar = await session.Page.GotoAsync($"tilsynssager/{sagId}");

        svar!.Status.Should().Be(403);
        await Expect(session.ByTestId("ingen-adgang")).ToBeVisibleAsync();
        await session.GotoAsync("/tilsynssager");
        await Expect(session.Page.GetByText("Ballerup")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task Overdue_deadlines_stand_out_with_an_icon_and_text_in_the_list()
    {
        // Opened ten weeks ago: both the redegørelse (4 weeks) and the plan (8 weeks) are overdue.
        await Sagsdata.AabenSagAsync(app, 153, aabnet: DateTimeOffset.UtcNow.AddDays(-70));
        await using var session = await browser.OpenSessionAsync(app);
        await session.SignInAsync(Rolle.Analytiker);

        await session.GotoAsync("/tilsynssager");

        var raekke = session.Page.Locator("tr", new() { Has = session.Page.GetByText("Brøndby (153)") });
        await Expect(raekke.GetByTestId("sag-overskredet")).ToContainTextAsync("Overskredet: Redegørelse");
        await Expect(raekke.GetByTestId("sag-overskredet").Locator("svg")).ToBeVisibleAsync();
        await Expect(session.ByTestId("aabn-sag-knap")).ToHaveCountAsync(0);
        await session.ScreenshotAsync("tilsynssager-liste");
        session.Errors.Should().BeEmpty();
    }

    private static ILocator KommuneFelt(BrowserSession session) =>
        session.Page.Locator("input[data-testid=aabn-kommune], [data-testid=aabn-kommune] input").First;

    private static ILocator Dialog(BrowserSession session) => session.Page.GetByRole(AriaRole.Dialog);

    private static async Task IndsendAsync(BrowserSession session, string handling, string tekst, string filnavn)
    {
        await session.ByTestId($"handling-{handling}").ClickAsync();
        await session.ByTestId("felt-tekst").FillAsync(tekst);
        await BrowserSession.SetInputFilesAsync(session.ByTestId("handling-formular").Locator("input[type=file]"), 
            new FilePayload { Name = filnavn, MimeType = "application/pdf", Buffer = Sagsdata.Pdf });
        await Expect(session.ByTestId("valgt-bilag")).ToContainTextAsync(filnavn);
        await session.ByTestId("handling-udfoer").ClickAsync();
        await Expect(session.ByTestId("handling-formular")).ToHaveCountAsync(0);
    }

    private static async Task UdfoerAsync(BrowserSession session, string handling, params (string Felt, string Vaerdi)[] felter)
    {
        await session.ByTestId($"handling-{handling}").ClickAsync();
        foreach (var (felt, vaerdi) in felter) await session.ByTestId(felt).FillAsync(vaerdi);
        await session.ByTestId("handling-udfoer").ClickAsync();
        await Expect(session.ByTestId("handling-formular")).ToHaveCountAsync(0);
    }
}
