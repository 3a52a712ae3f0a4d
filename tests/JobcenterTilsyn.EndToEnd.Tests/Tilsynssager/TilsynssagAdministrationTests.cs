using System.Globalization;
using System.Text.RegularExpressions;
using JobcenterTilsyn.Domain.Adgang;
using JobcenterTilsyn.EndToEnd.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace JobcenterTilsyn.EndToEnd.Tests.Tilsynssager;

/// <summary>
/// The administrator's actions in any open state (issue 14): withdraw, extend a deadline, register a document received
/// outside the system, reject the plan so the manager submits again; what cannot be undone is confirmed in a dialog.
/// Each test uses its own municipality.
/// </summary>
[Collection(AppCollection.Name)]
public sealed class TilsynssagAdministrationTests(AppServerFixture app, BrowserFixture browser)
{
    private static string Iso(DateOnly dato) => dato.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Vist(DateOnly dato) => dato.ToString("dd-MM-yyyy", CultureInfo.InvariantCulture);

    // The app's "today" is the Danish date (deadlines count from it); the machine's zone may be UTC, an hour behind.
    private static DateOnly Idag => JobcenterTilsyn.Domain.Tid.DanskTid.Dato(DateTimeOffset.UtcNow);

    [Fact]
    public async Task Withdrawing_asks_first_and_cancel_keeps_the_case_open_confirm_ends_it()
    {
        var sagId = await Sagsdata.AabenSagAsync(app, 155);
        await using var admin = await browser.OpenSessionAsync(app);
        await admin.SignInAsync(Rolle.Administrator);
        await admin.GotoAsync($"/tilsynssager/{sagId}");
        await Expect(admin.ByTestId("sag-tilstand")).ToHaveTextAsync("Åbnet");

        await admin.ByTestId("handling-tilbagekald").ClickAsync();
        await admin.ByTestId("handling-udfoer").ClickAsync();
        await Expect(admin.ByTestId("handling-fejl")).ToHaveTextAsync("Skriv, hvorfor sagen tilbagekaldes.");
        await admin.ByTestId("felt-begrundelse").FillAsync("Åbnet ved en fejl: forkert kommune.");
        await admin.ByTestId("handling-udfoer").ClickAsync();
        await Expect(Dialog(admin)).ToContainTextAsync("Tilbagekald sagen?");
        await Expect(Dialog(admin)).ToContainTextAsync("Det kan ikke fortrydes.");
        await Dialog(admin).GetByRole(AriaRole.Button, new() { Name = "Fortryd" }).ClickAsync();

        await Expect(Dialog(admin)).ToHaveCountAsync(0);
        await Expect(admin.ByTestId("sag-tilstand")).ToHaveTextAsync("Åbnet");
        await Expect(admin.ByTestId("historik-post")).ToHaveCountAsync(1);
        await Expect(admin.ByTestId("felt-begrundelse")).ToHaveValueAsync("Åbnet ved en fejl: forkert kommune.");

        await admin.ByTestId("handling-udfoer").ClickAsync();
        await Dialog(admin).GetByRole(AriaRole.Button, new() { Name = "Tilbagekald sag" }).ClickAsync();

        await Expect(admin.ByTestId("sag-tilstand")).ToHaveTextAsync("Tilbagekaldt");
        await Expect(admin.ByTestId("historik-handling").First).ToHaveTextAsync("Sag tilbagekaldt");
        await Expect(admin.ByTestId("historik-tilstand").First).ToHaveTextAsync("Åbnet → Tilbagekaldt");
        await Expect(admin.ByTestId("sag-historik")).ToContainTextAsync("Åbnet ved en fejl: forkert kommune.");
        await Expect(admin.ByTestId("frist")).ToHaveTextAsync([new Regex(@"Lukket – sagen er tilbagekaldt\s*$"), new Regex(@"Lukket – sagen er tilbagekaldt\s*$")]);
        await Expect(admin.ByTestId("sag-handlinger")).ToHaveCountAsync(0);
        await Expect(admin.ByTestId("sag-sluttet")).ToContainTextAsync("Sagen blev tilbagekaldt");
        await admin.ScreenshotAsync("tilsynssag-tilbagekaldt");

        // Withdrawn is not open: the list shows it after the open cases, and nothing is overdue.
        await admin.GotoAsync("/tilsynssager");
        var raekke = admin.Page.Locator("tr", new() { Has = admin.Page.GetByText("Dragør (155)") });
        await Expect(raekke.GetByTestId("sag-tilstand")).ToHaveTextAsync("Tilbagekaldt");
        await Expect(raekke.GetByTestId("sag-frist")).ToHaveTextAsync("–");
        admin.Errors.Should().BeEmpty();
    }

    [Fact]
    public async Task An_administrator_extends_the_redegoerelse_deadline_and_the_history_says_so()
    {
        var sagId = await Sagsdata.AabenSagAsync(app, 157);
        var gammel = Idag.AddDays(28);
        var ny = Idag.AddDays(42);
        await using var admin = await browser.OpenSessionAsync(app);
        await admin.SignInAsync(Rolle.Administrator);
        await admin.GotoAsync($"/tilsynssager/{sagId}");

        await admin.ByTestId("handling-flyt_frist").ClickAsync();
        await admin.ByTestId("felt-frist").ClickAsync();
        await admin.Page.GetByRole(AriaRole.Option, new() { Name = $"Redegørelse (nu {Vist(gammel)})" }).ClickAsync();
        await admin.ByTestId("felt-ny-frist").FillAsync(Iso(ny));
        await admin.ByTestId("felt-begrundelse").FillAsync("Kommunen har bedt om to uger mere.");
        await admin.ByTestId("handling-udfoer").ClickAsync();

        await Expect(admin.ByTestId("handling-formular")).ToHaveCountAsync(0);
        await Expect(admin.ByTestId("frist").First).ToContainTextAsync(Vist(ny));
        await Expect(admin.ByTestId("sag-tilstand")).ToHaveTextAsync("Åbnet");
        await Expect(admin.ByTestId("historik-handling").First).ToHaveTextAsync("Frist forlænget");
        await Expect(admin.ByTestId("historik-tilstand").First).ToHaveTextAsync("Tilstand uændret: Åbnet");
        await Expect(admin.ByTestId("historik-detaljer").First).ToHaveTextAsync($"Frist for redegørelsen: {Vist(gammel)} → {Vist(ny)}");
        admin.Errors.Should().BeEmpty();
    }

    [Fact]
    public async Task A_document_received_outside_the_system_is_registered_with_its_date_step_and_pdf()
    {
        var sagId = await Sagsdata.AabenSagAsync(app, 159);
        await using var admin = await browser.OpenSessionAsync(app);
        await admin.SignInAsync(Rolle.Administrator);
        await admin.GotoAsync($"/tilsynssager/{sagId}");

        await admin.ByTestId("handling-registrer_eksternt_dokument").ClickAsync();
        await admin.ByTestId("felt-beskrivelse").FillAsync("Brev fra borgmesteren med redegørelse");
        await admin.ByTestId("felt-modtaget").FillAsync(Iso(Idag.AddDays(-2)));
        await admin.ByTestId("felt-trin").ClickAsync();
        await admin.Page.GetByRole(AriaRole.Option, new() { Name = "Redegørelse", Exact = true }).ClickAsync();
        await BrowserSession.SetInputFilesAsync(admin.ByTestId("handling-formular").Locator("input[type=file]"),
            new FilePayload { Name = "brev.pdf", MimeType = "application/pdf", Buffer = Sagsdata.Pdf });
        await Expect(admin.ByTestId("valgt-bilag")).ToContainTextAsync("brev.pdf");
        await admin.ByTestId("felt-begrundelse").FillAsync("Kom med posten.");
        await admin.ScreenshotAsync("tilsynssag-eksternt-dokument");
        await admin.ByTestId("handling-udfoer").ClickAsync();

        await Expect(admin.ByTestId("handling-formular")).ToHaveCountAsync(0);
        await Expect(admin.ByTestId("sag-tilstand")).ToHaveTextAsync("Åbnet");
        await Expect(admin.ByTestId("historik-handling").First).ToHaveTextAsync("Dokument modtaget uden for systemet registreret");
        await Expect(admin.ByTestId("historik-detaljer").First).ToContainTextAsync($"Modtaget: {Vist(Idag.AddDays(-2))}");
        await Expect(admin.ByTestId("bilag")).ToHaveCountAsync(1);
        await Expect(admin.ByTestId("bilag")).ToContainTextAsync("brev.pdf");
        await Expect(admin.ByTestId("bilag-trin")).ToContainTextAsync("Trin: Redegørelse");
        admin.Errors.Should().BeEmpty();
    }

    [Fact]
    public async Task A_rejected_plan_goes_back_to_the_manager_who_submits_a_new_one_and_an_approved_plan_cannot_be_submitted_again()
    {
        const short kommune = 161;
        var sagId = await Sagsdata.AabenSagMedPlanAsync(app, kommune);
        var chefbruger = await Sagsdata.ChefAsync(app, kommune);
        await using var admin = await browser.OpenSessionAsync(app);
        await admin.SignInAsync(Rolle.Administrator);
        await admin.GotoAsync($"/tilsynssager/{sagId}");
        await Expect(admin.ByTestId("sag-tilstand")).ToHaveTextAsync("Plan modtaget");

        await admin.ByTestId("handling-afvis_plan").ClickAsync();
        await admin.ByTestId("felt-begrundelse").FillAsync("Planen mangler mål for de første 6 måneder.");
        await admin.ByTestId("handling-udfoer").ClickAsync();
        await Expect(admin.ByTestId("sag-tilstand")).ToHaveTextAsync("Redegørelse modtaget");
        await Expect(admin.ByTestId("historik-handling").First).ToHaveTextAsync("Genopretningsplan afvist og sendt tilbage");
        await Expect(admin.ByTestId("historik-tilstand").First).ToHaveTextAsync("Plan modtaget → Redegørelse modtaget");
        await Expect(admin.ByTestId("sag-plan")).ToHaveCountAsync(0);

        // The manager reads why and submits a new plan.
        await using var chef = await browser.OpenSessionAsync(app);
        await chef.SignInAsync(chefbruger);
        await chef.GotoAsync($"/tilsynssager/{sagId}");
        await Expect(chef.ByTestId("sag-historik")).ToContainTextAsync("Planen mangler mål for de første 6 måneder.");
        await chef.ByTestId("handling-indsend_genopretningsplan").ClickAsync();
        await chef.ByTestId("felt-tekst").FillAsync("Ny plan: tilbud inden for de første 6 måneder til alle.");
        await chef.ByTestId("handling-udfoer").ClickAsync();
        await Expect(chef.ByTestId("sag-tilstand")).ToHaveTextAsync("Plan modtaget");
        await Expect(chef.ByTestId("sag-plan")).ToContainTextAsync("Ny plan");
        await Expect(chef.ByTestId("sag-handlinger")).ToHaveCountAsync(0);

        // Approved, the plan is final: the manager is offered nothing.
        await admin.GotoAsync($"/tilsynssager/{sagId}");
        await admin.ByTestId("handling-godkend_plan").ClickAsync();
        await admin.ByTestId("felt-begrundelse").FillAsync("Nu er planen konkret.");
        await admin.ByTestId("handling-udfoer").ClickAsync();
        await Expect(admin.ByTestId("sag-tilstand")).ToHaveTextAsync("Plan godkendt");
        await chef.GotoAsync($"/tilsynssager/{sagId}");
        await Expect(chef.ByTestId("sag-tilstand")).ToHaveTextAsync("Plan godkendt");
        await Expect(chef.ByTestId("handling-indsend_genopretningsplan")).ToHaveCountAsync(0);
        // Without the independent review, the recovery period cannot start yet.
        await Expect(admin.ByTestId("handling-start_genopretning")).ToHaveCountAsync(0);
        await Expect(admin.ByTestId("handling-registrer_sagsgennemgang")).ToBeVisibleAsync();
        admin.Errors.Should().BeEmpty();
        chef.Errors.Should().BeEmpty();
    }

    [Fact]
    public async Task The_case_page_fits_a_desktop_and_a_phone()
    {
        var sagId = await Sagsdata.AabenSagMedPlanAsync(app, 163);
        await using var admin = await browser.OpenSessionAsync(app);
        await admin.SignInAsync(Rolle.Administrator);

        foreach (var (bredde, hoejde) in new[] { (1440, 900), (390, 844) })
        {
            await admin.Page.SetViewportSizeAsync(bredde, hoejde);
            await admin.GotoAsync($"/tilsynssager/{sagId}");
            await admin.ByTestId("handling-afvis_plan").ClickAsync();
            await Expect(admin.ByTestId("sag-udpegning")).ToBeVisibleAsync();
            await admin.ScreenshotAsync($"tilsynssag-side-{bredde}");
            // Nothing wider than the window: the page does not scroll sideways.
            var overflow = await admin.SidewaysOverflowAsync();
            overflow.Should().BeLessThanOrEqualTo(0, $"at {bredde} px the page must not scroll sideways");
        }
        admin.Errors.Should().BeEmpty();
    }

    private static ILocator Dialog(BrowserSession session) => session.Page.GetByRole(AriaRole.Dialog);
}
