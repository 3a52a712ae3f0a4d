using JobcenterTilsyn.Domain.Adgang;
using JobcenterTilsyn.Domain.Tilsynssager;
using static JobcenterTilsyn.Domain.Tests.Tilsynssager.Sager;
using S = JobcenterTilsyn.Domain.Tilsynssager.Sagstilstand;
using H = JobcenterTilsyn.Domain.Tilsynssager.Sagshandlingstype;

namespace JobcenterTilsyn.Domain.Tests.Tilsynssager;

public sealed class SagsforloebTests
{
    /// <summary>rules.md §9 written out once more, independently of the implementation's table.</summary>
    private static readonly Dictionary<(S, H), S> Tilladt = new()
    {
        [(S.Udpeget, H.IndsendRedegoerelse)] = S.RedegoerelseModtaget,
        [(S.RedegoerelseModtaget, H.IndsendGenopretningsplan)] = S.RedegoerelseModtaget,
        [(S.RedegoerelseModtaget, H.GodkendPlan)] = S.PlanGodkendt,
        [(S.RedegoerelseModtaget, H.RegistrerSagsgennemgang)] = S.RedegoerelseModtaget,
        [(S.PlanGodkendt, H.RegistrerSagsgennemgang)] = S.PlanGodkendt,
        [(S.PlanGodkendt, H.StartGenopretning)] = S.Genopretning,
        [(S.Genopretning, H.RegistrerSagsgennemgang)] = S.Genopretning,
        [(S.Genopretning, H.ForlaengGenopretning)] = S.Genopretning,
        [(S.Genopretning, H.SaetUnderAdministration)] = S.UnderAdministration,
        [(S.Genopretning, H.Afslut)] = S.Afsluttet,
        [(S.UnderAdministration, H.Afslut)] = S.Afsluttet,
    };

    public static TheoryData<S, H> AllePar()
    {
        var data = new TheoryData<S, H>();
        foreach (var s in Enum.GetValues<S>())
        foreach (var h in Enum.GetValues<H>().Where(h => h != H.Aabn))
            data.Add(s, h);
        return data;
    }

    [Theory]
    [MemberData(nameof(AllePar))]
    public void Every_state_and_action_is_allowed_exactly_as_rules_section_9_says(S tilstand, H handling)
    {
        var sag = I(tilstand);

        var udfald = Udfoer(sag, Gyldig(handling), Udfoerer(handling));

        if (Tilladt.TryGetValue((tilstand, handling), out var til))
        {
            udfald.Udfoert.Should().BeTrue(udfald.Afvisning);
            udfald.Sag!.Tilstand.Should().Be(til);
            udfald.Haendelse!.Fra.Should().Be(tilstand);
            udfald.Haendelse.Til.Should().Be(til);
        }
        else
        {
            udfald.Udfoert.Should().BeFalse();
            udfald.Afvisning.Should().NotBeNullOrWhiteSpace().And.Contain(tilstand.Tekst());
        }
    }

    [Fact]
    public void A_refused_transition_says_from_where_to_where_in_danish()
    {
        var udfald = Udfoer(Aaben(), new Afslut("Fejl"), Admin);

        udfald.Afvisning.Should().Be("Sagen kan ikke gå fra 'udpeget' til 'afsluttet'.");
    }

    [Fact]
    public void A_closed_case_accepts_nothing()
    {
        var sag = I(S.Afsluttet);

        Sagsforloeb.TilladteHandlinger(sag, Admin).Should().BeEmpty();
        Sagsforloeb.TilladteHandlinger(sag, Chef).Should().BeEmpty();
        sag.ErAaben.Should().BeFalse();
        sag.Afsluttet.Should().Be(Nu);
    }

    public static TheoryData<H> AlleHandlinger()
    {
        var data = new TheoryData<H>();
        foreach (var h in Enum.GetValues<H>().Where(h => h != H.Aabn)) data.Add(h);
        return data;
    }

    [Theory]
    [MemberData(nameof(AlleHandlinger))]
    public void Only_the_right_role_may_take_an_action(H handling)
    {
        var tilstand = Tilladt.Keys.First(k => k.Item2 == handling).Item1;
        var sag = I(tilstand);
        var skalVaereChef = handling is H.IndsendRedegoerelse or H.IndsendGenopretningsplan;

        foreach (var aktoer in new[] { Admin, Analytiker, Chef, AndenChef })
        {
            var udfald = Udfoer(sag, Gyldig(handling), aktoer);
            var maa = skalVaereChef ? aktoer == Chef : aktoer == Admin;
            udfald.Udfoert.Should().Be(maa, $"{aktoer.Bruger} {(maa ? "may" : "may not")} {handling}: {udfald.Afvisning}");
            Sagsforloeb.TilladteHandlinger(sag, aktoer).Contains(handling).Should().Be(maa);
        }
    }

    [Fact]
    public void A_manager_of_another_kommune_is_told_it_is_not_their_case()
    {
        var udfald = Udfoer(Aaben(), Gyldig(H.IndsendRedegoerelse), AndenChef);

        udfald.Afvisning.Should().Be("Du kan kun handle på din egen kommunes tilsynssag.");
    }

    [Fact]
    public void An_analyst_cannot_approve_a_plan()
    {
        var udfald = Udfoer(I(S.RedegoerelseModtaget), Gyldig(H.GodkendPlan), Analytiker);

        udfald.Afvisning.Should().Be("Kun en administrator kan godkende genopretningsplanen.");
    }

    [Fact]
    public void Only_an_administrator_opens_a_case_and_only_with_a_justification()
    {
        Sagsforloeb.Aabn(Kommune, Grundlag, "Begrundet", Chef, Nu, Idag, Fristregler.Standard).Afvisning
            .Should().Be("Kun en administrator kan åbne en tilsynssag.");
        Sagsforloeb.Aabn(Kommune, Grundlag, "Begrundet", Analytiker, Nu, Idag, Fristregler.Standard).Udfoert.Should().BeFalse();
        Sagsforloeb.Aabn(Kommune, Grundlag, "  ", Admin, Nu, Idag, Fristregler.Standard).Afvisning
            .Should().Be("Skriv en begrundelse for at åbne sagen.");
    }

    [Fact]
    public void Opening_stores_the_designation_and_sets_the_deadlines_4_and_8_weeks_ahead()
    {
        var udfald = Sagsforloeb.Aabn(Kommune, Grundlag, " Udpeget to år i træk. ", Admin, Nu, Idag, Fristregler.Standard);

        var sag = udfald.Sag!;
        sag.Tilstand.Should().Be(S.Udpeget);
        sag.Aar.Should().Be(2025);
        sag.Grundlag.Should().Be(Grundlag);
        sag.RedegoerelseFrist.Should().Be(new DateOnly(2026, 3, 30));
        sag.PlanFrist.Should().Be(new DateOnly(2026, 4, 27));
        sag.Historik.Should().ContainSingle().Which.Should().Be(new Sagshaendelse(Nu, "admin@demo.dk", Rolle.Administrator, H.Aabn, null, S.Udpeget,
            "Udpeget to år i træk.", "Udpegning 2025: udpeget (resultatkriterie 1, indsatskriterie 1, rang 90 af 98, regelsæt OEVO-2024)"));
    }

    [Fact]
    public void The_deadline_periods_are_configurable()
    {
        var sag = Sagsforloeb.Aabn(Kommune, Grundlag, "b", Admin, Nu, Idag, new Fristregler(14, 42)).Sag!;

        sag.RedegoerelseFrist.Should().Be(Idag.AddDays(14));
        sag.PlanFrist.Should().Be(Idag.AddDays(42));
        Sagsforloeb.Aabn(Kommune, Grundlag, "b", Admin, Nu, Idag, new Fristregler(30, 20)).Afvisning
            .Should().Be("Fristen for genopretningsplanen må ikke komme før fristen for redegørelsen.");
    }

    [Fact]
    public void An_extension_needs_a_later_end_date()
    {
        var sag = I(S.Genopretning);
        sag.GenopretningSlut.Should().Be(new DateOnly(2026, 12, 31));

        Udfoer(sag, new ForlaengGenopretning(new DateOnly(2026, 12, 31), "samme"), Admin).Afvisning
            .Should().Be("Den nye slutdato skal ligge efter den nuværende (31-12-2026).");
        Udfoer(sag, new ForlaengGenopretning(new DateOnly(2026, 6, 30), "tidligere"), Admin).Udfoert.Should().BeFalse();

        var forlaenget = Udfoer(sag, new ForlaengGenopretning(new DateOnly(2027, 1, 1), "en dag mere"), Admin);
        forlaenget.Sag!.Tilstand.Should().Be(S.Genopretning);
        forlaenget.Sag.GenopretningSlut.Should().Be(new DateOnly(2027, 1, 1));
        forlaenget.Haendelse!.Detaljer.Should().Be("Slutdato: 31-12-2026 → 01-01-2027");

        var igen = Udfoer(forlaenget.Sag, new ForlaengGenopretning(new DateOnly(2027, 6, 30), "og igen"), Admin);
        igen.Sag!.GenopretningSlut.Should().Be(new DateOnly(2027, 6, 30));
    }

    [Fact]
    public void The_recovery_period_must_end_after_today()
    {
        var sag = I(S.PlanGodkendt);

        Udfoer(sag, new StartGenopretning(Idag, "i dag"), Admin).Afvisning.Should().Be("Genopretningsperiodens slutdato skal ligge efter i dag.");
        Udfoer(sag, new StartGenopretning(Idag.AddDays(1), "i morgen"), Admin).Udfoert.Should().BeTrue();
    }

    [Fact]
    public void A_plan_cannot_be_approved_before_it_is_submitted()
    {
        var sag = MedRedegoerelse();

        Udfoer(sag, Gyldig(H.GodkendPlan), Admin).Afvisning.Should().Be("Kommunen har endnu ikke indsendt en genopretningsplan.");
        Sagsforloeb.TilladteHandlinger(sag, Admin).Should().NotContain(H.GodkendPlan);
    }

    [Fact]
    public void A_plan_may_be_resubmitted_until_approved_and_every_version_stays_in_the_history()
    {
        var sag = MedRedegoerelse();
        sag = Udfoer(sag, new IndsendGenopretningsplan("Første udkast"), Chef).Sag!;
        sag = Udfoer(sag, new IndsendGenopretningsplan("Andet udkast"), Chef).Sag!;

        sag.Genopretningsplan!.Tekst.Should().Be("Andet udkast");
        sag.Historik.Where(h => h.Handling == H.IndsendGenopretningsplan).Select(h => h.Detaljer)
            .Should().Equal("Første udkast", "Andet udkast");
    }

    [Fact]
    public void Every_administrator_decision_needs_a_justification_and_submissions_get_a_standard_one()
    {
        foreach (var handling in new Sagshandling[] { new GodkendPlan(" "), new Afslut(null) })
        {
            var tilstand = handling is GodkendPlan ? S.RedegoerelseModtaget : S.Genopretning;
            var sag = I(tilstand);
            Udfoer(sag, handling, Admin).Afvisning.Should().Be("Skriv en begrundelse.");
        }

        Udfoer(Aaben(), new IndsendRedegoerelse("Tekst"), Chef).Haendelse!.Begrundelse.Should().Be("Redegørelse indsendt af kommunen.");
        Udfoer(Aaben(), new IndsendRedegoerelse(" "), Chef).Afvisning.Should().Be("Redegørelsen må ikke være tom.");
    }

    [Fact]
    public void Under_administration_records_minimum_goals_and_the_passive_case_review()
    {
        var sag = I(S.Genopretning);

        Udfoer(sag, new SaetUnderAdministration("", "gennemgået", "b"), Admin).Afvisning.Should().Be("Skriv de centralt fastsatte minimumsmål.");
        Udfoer(sag, new SaetUnderAdministration("mål", " ", "b"), Admin).Afvisning.Should().Be("Skriv resultatet af gennemgangen af alle passive sager.");

        var udfald = Udfoer(sag, Gyldig(H.SaetUnderAdministration), Admin);
        udfald.Sag!.Administration.Should().Be(new Administrationsgrundlag("A ≥ 0,70 og B ≥ 0,80", "Alle 412 passive sager gennemgået."));
    }

    [Fact]
    public void The_case_review_records_who_which_areas_and_when_and_not_in_the_future()
    {
        var sag = I(S.PlanGodkendt);

        Udfoer(sag, new RegistrerSagsgennemgang("X", "Y", Idag.AddDays(1), "b"), Admin).Afvisning
            .Should().Be("Sagsgennemgangens dato kan ikke ligge i fremtiden.");
        Udfoer(sag, new RegistrerSagsgennemgang(" ", "Y", Idag, "b"), Admin).Afvisning.Should().Be("Skriv, hvem der har udført sagsgennemgangen.");

        var udfald = Udfoer(sag, Gyldig(H.RegistrerSagsgennemgang), Admin);
        udfald.Sag!.Sagsgennemgang.Should().Be(new Sagsgennemgang("Revisionsfirma A/S", "Kontanthjælp, sygedagpenge", Idag));
        udfald.Sag.Tilstand.Should().Be(S.PlanGodkendt);
    }

    [Fact]
    public void The_history_is_only_ever_appended_to_with_who_when_from_to_and_why()
    {
        var sag = Aaben();
        var trin = new (Sagshandling Handling, Aktoer Aktoer)[]
        {
            (Gyldig(H.IndsendRedegoerelse), Chef), (Gyldig(H.IndsendGenopretningsplan), Chef), (Gyldig(H.GodkendPlan), Admin),
            (Gyldig(H.RegistrerSagsgennemgang), Admin), (Gyldig(H.StartGenopretning), Admin), (Gyldig(H.ForlaengGenopretning), Admin),
            (Gyldig(H.SaetUnderAdministration), Admin), (Gyldig(H.Afslut), Admin),
        };

        foreach (var (handling, aktoer) in trin)
        {
            var foer = sag.Historik.ToList();
            var udfald = Udfoer(sag, handling, aktoer);
            var efter = udfald.Sag!.Historik;

            efter.Should().HaveCount(foer.Count + 1);
            efter.Take(foer.Count).Should().Equal(foer, (a, b) => ReferenceEquals(a, b), "earlier entries are kept untouched");
            efter[^1].Should().Be(udfald.Haendelse);
            efter[^1].Should().BeEquivalentTo(new { Tidspunkt = Nu, Bruger = aktoer.Bruger, Rolle = aktoer.Rolle, Handling = handling.Type, Fra = sag.Tilstand });
            efter[^1].Begrundelse.Should().NotBeNullOrWhiteSpace();
            sag.Historik.Should().HaveCount(foer.Count, "the case acted on is a value and does not change");
            sag = udfald.Sag;
        }

        sag.Historik.Select(h => h.Til).Should().Equal(S.Udpeget, S.RedegoerelseModtaget, S.RedegoerelseModtaget, S.PlanGodkendt,
            S.PlanGodkendt, S.Genopretning, S.Genopretning, S.UnderAdministration, S.Afsluttet);
    }

    [Fact]
    public void A_refused_action_leaves_no_trace()
    {
        var sag = Aaben();

        var udfald = Udfoer(sag, Gyldig(H.Afslut), Admin);

        udfald.Sag.Should().BeNull();
        udfald.Haendelse.Should().BeNull();
        sag.Historik.Should().ContainSingle();
    }

    [Fact]
    public void The_allowed_actions_follow_role_and_state()
    {
        Sagsforloeb.TilladteHandlinger(Aaben(), Chef).Should().Equal(H.IndsendRedegoerelse);
        Sagsforloeb.TilladteHandlinger(Aaben(), AndenChef).Should().BeEmpty();
        Sagsforloeb.TilladteHandlinger(Aaben(), Admin).Should().BeEmpty();
        Sagsforloeb.TilladteHandlinger(Aaben(), Analytiker).Should().BeEmpty();
        Sagsforloeb.TilladteHandlinger(I(S.Genopretning), Admin).Should().Equal(
            H.RegistrerSagsgennemgang, H.ForlaengGenopretning, H.SaetUnderAdministration, H.Afslut);
        Sagsforloeb.TilladteHandlinger(I(S.PlanGodkendt), Chef).Should().BeEmpty();
    }

    [Fact]
    public void Every_state_has_a_code_from_rules_md_and_back()
    {
        SagstilstandKoder.Alle.Select(t => t.Kode()).Should().Equal(
            "udpeget", "redegoerelse_modtaget", "plan_godkendt", "genopretning", "under_administration", "afsluttet");
        SagstilstandKoder.Alle.Should().AllSatisfy(t => SagstilstandKoder.Fra(t.Kode()).Should().Be(t));
        SagshandlingstypeKoder.Alle.Should().AllSatisfy(h => SagshandlingstypeKoder.Fra(h.Kode()).Should().Be(h));
    }
}
