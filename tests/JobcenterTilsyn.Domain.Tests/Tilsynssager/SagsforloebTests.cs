using JobcenterTilsyn.Domain.Adgang;
using JobcenterTilsyn.Domain.Tilsynssager;
using JobcenterTilsyn.Domain.Udpegning;
using static JobcenterTilsyn.Domain.Tests.Tilsynssager.Sager;
using S = JobcenterTilsyn.Domain.Tilsynssager.Sagstilstand;
using H = JobcenterTilsyn.Domain.Tilsynssager.Sagshandlingstype;

namespace JobcenterTilsyn.Domain.Tests.Tilsynssager;

public sealed class SagsforloebTests
{
    /// <summary>rules.md §9 written out once more, independently of the implementation's table.</summary>
    private static readonly Dictionary<(S, H), S> Tilladt = ByggTilladt();

    private static Dictionary<(S, H), S> ByggTilladt()
    {
        var tilladt = new Dictionary<(S, H), S>
        {
            [(S.Aabnet, H.IndsendRedegoerelse)] = S.RedegoerelseModtaget,
            [(S.RedegoerelseModtaget, H.IndsendGenopretningsplan)] = S.PlanModtaget,
            [(S.PlanModtaget, H.GodkendPlan)] = S.PlanGodkendt,
            [(S.PlanModtaget, H.AfvisPlan)] = S.RedegoerelseModtaget,
            [(S.RedegoerelseModtaget, H.RegistrerSagsgennemgang)] = S.RedegoerelseModtaget,
            [(S.PlanModtaget, H.RegistrerSagsgennemgang)] = S.PlanModtaget,
            [(S.PlanGodkendt, H.RegistrerSagsgennemgang)] = S.PlanGodkendt,
            [(S.Genopretning, H.RegistrerSagsgennemgang)] = S.Genopretning,
            [(S.PlanGodkendt, H.StartGenopretning)] = S.Genopretning,
            [(S.Genopretning, H.ForlaengGenopretning)] = S.Genopretning,
            [(S.Genopretning, H.SaetUnderAdministration)] = S.UnderAdministration,
            [(S.Genopretning, H.Afslut)] = S.Afsluttet,
            [(S.UnderAdministration, H.Afslut)] = S.Afsluttet,
        };
        foreach (var aaben in new[] { S.Aabnet, S.RedegoerelseModtaget, S.PlanModtaget, S.PlanGodkendt, S.Genopretning, S.UnderAdministration })
        {
            tilladt[(aaben, H.FlytFrist)] = aaben;
            tilladt[(aaben, H.RegistrerEksterntDokument)] = aaben;
            tilladt[(aaben, H.Tilbagekald)] = S.Tilbagekaldt;
        }
        return tilladt;
    }

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
    public void The_state_machine_is_exactly_rules_section_9(S tilstand, H handling)
    {
        Sagsforloeb.Til(tilstand, handling).Should().Be(Tilladt.TryGetValue((tilstand, handling), out var til) ? til : null);
    }

    [Theory]
    [MemberData(nameof(AllePar))]
    public void Every_allowed_action_is_carried_out_with_its_true_from_and_to_state_and_every_other_is_refused(S tilstand, H handling)
    {
        var sag = I(tilstand);

        var udfald = Udfoer(sag, Gyldig(handling), Udfoerer(handling));

        // Moving a deadline needs a deadline still open: from 'plan modtaget' on, both texts are in.
        var ingenFristAtFlytte = handling == H.FlytFrist && tilstand is not (S.Aabnet or S.RedegoerelseModtaget);
        if (Tilladt.TryGetValue((tilstand, handling), out var til) && !ingenFristAtFlytte)
        {
            udfald.Udfoert.Should().BeTrue(udfald.Afvisning);
            udfald.Sag!.Tilstand.Should().Be(til);
            udfald.Haendelse!.Fra.Should().Be(tilstand);
            udfald.Haendelse.Til.Should().Be(til);
            Sagsforloeb.TilladteHandlinger(sag, Udfoerer(handling)).Should().Contain(handling);
        }
        else
        {
            udfald.Udfoert.Should().BeFalse();
            udfald.Afvisning.Should().NotBeNullOrWhiteSpace();
            Sagsforloeb.TilladteHandlinger(sag, Udfoerer(handling)).Should().NotContain(handling);
        }
    }

    [Fact]
    public void A_refused_transition_says_from_where_to_where_in_danish()
    {
        var udfald = Udfoer(Aaben(), new Afslut("Fejl"), Admin);

        udfald.Afvisning.Should().Be("Sagen kan ikke gå fra 'åbnet' til 'afsluttet'.");
    }

    [Theory]
    [InlineData(S.Afsluttet)]
    [InlineData(S.Tilbagekaldt)]
    public void An_ended_case_accepts_nothing(S tilstand)
    {
        var sag = I(tilstand);

        Sagsforloeb.TilladteHandlinger(sag, Admin).Should().BeEmpty();
        Sagsforloeb.TilladteHandlinger(sag, Chef).Should().BeEmpty();
        sag.ErAaben.Should().BeFalse();
        sag.Afsluttet.Should().Be(Nu);
        Udfoer(sag, Gyldig(H.RegistrerEksterntDokument), Admin).Afvisning
            .Should().Be($"Sagen er {tilstand.Tekst()}, og der kan ikke længere handles på den.");
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
        sag.Tilstand.Should().Be(tilstand);
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
        var udfald = Udfoer(I(S.PlanModtaget), Gyldig(H.GodkendPlan), Analytiker);

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
        sag.Tilstand.Should().Be(S.Aabnet);
        sag.Aar.Should().Be(2025);
        sag.Grundlag.Should().Be(Grundlag);
        sag.RedegoerelseFrist.Should().Be(new DateOnly(2026, 3, 30));
        sag.PlanFrist.Should().Be(new DateOnly(2026, 4, 27));
        sag.Historik.Should().ContainSingle().Which.Should().Be(new Sagshaendelse(Nu, "admin@demo.dk", Rolle.Administrator, H.Aabn, null, S.Aabnet,
            "Udpeget to år i træk.",
            "Udpegning 2025: kategori udpeget; resultatkriteriet opfyldt, indsatskriteriet opfyldt; rang 90 af 98; regelsæt OEVO-2024",
            Sagstrin.Aabning));
    }

    [Fact]
    public void A_case_opened_from_the_risk_zone_is_aabnet_too_and_keeps_its_category_beside_the_state()
    {
        var risikozone = Grundlag with { Kategori = Udpegningskategori.Risikozone, ResultatKriterie = false };

        var sag = Sagsforloeb.Aabn(Kommune, risikozone, "Risikozone, men faldende B.", Admin, Nu, Idag, Fristregler.Standard).Sag!;

        sag.Tilstand.Should().Be(S.Aabnet);
        sag.Tilstand.Overskrift().Should().Be("Åbnet");
        sag.Grundlag.Kategori.Should().Be(Udpegningskategori.Risikozone);
        sag.Historik[0].Detaljer.Should().Be(
            "Udpegning 2025: kategori risikozone; resultatkriteriet ikke opfyldt, indsatskriteriet opfyldt; rang 90 af 98; regelsæt OEVO-2024");
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
    public void A_plan_cannot_be_approved_or_rejected_before_it_is_submitted()
    {
        var sag = MedRedegoerelse();

        Udfoer(sag, Gyldig(H.GodkendPlan), Admin).Afvisning
            .Should().Be("Kommunen har ikke indsendt en genopretningsplan, der venter på afgørelse (sagen er 'redegørelse modtaget').");
        Udfoer(sag, Gyldig(H.AfvisPlan), Admin).Udfoert.Should().BeFalse();
        Sagsforloeb.TilladteHandlinger(sag, Admin).Should().NotContain([H.GodkendPlan, H.AfvisPlan]);
    }

    [Fact]
    public void A_rejected_plan_goes_back_to_the_manager_who_submits_a_new_one_and_both_versions_stay_in_the_history()
    {
        var sag = Udfoer(MedRedegoerelse(), new IndsendGenopretningsplan("Første udkast"), Chef).Sag!;
        sag.Tilstand.Should().Be(S.PlanModtaget);

        Udfoer(sag, new AfvisPlan("  "), Admin).Afvisning.Should().Be("Skriv, hvorfor planen afvises. Kommunen ser begrundelsen.");
        var afvist = Udfoer(sag, new AfvisPlan("Mangler mål for tidlig indsats."), Admin);

        afvist.Sag!.Tilstand.Should().Be(S.RedegoerelseModtaget);
        afvist.Haendelse!.Should().BeEquivalentTo(new { Fra = S.PlanModtaget, Til = S.RedegoerelseModtaget, Begrundelse = "Mangler mål for tidlig indsats." });
        afvist.Sag.Genopretningsplan.Should().BeNull("the rejected plan is no longer the case's plan; its text is in the history");
        afvist.Sag.Frister.Single(f => f.Type == Fristtype.Genopretningsplan).Status.Should().Be(Friststatus.Aaben);
        Sagsforloeb.TilladteHandlinger(afvist.Sag, Chef).Should().Equal(H.IndsendGenopretningsplan);

        var igen = Udfoer(afvist.Sag, new IndsendGenopretningsplan("Andet udkast"), Chef).Sag!;
        igen.Tilstand.Should().Be(S.PlanModtaget);
        igen.Genopretningsplan!.Tekst.Should().Be("Andet udkast");
        igen.Historik.Where(h => h.Handling == H.IndsendGenopretningsplan).Select(h => h.Detaljer).Should().Equal("Første udkast", "Andet udkast");
        Udfoer(igen, Gyldig(H.GodkendPlan), Admin).Sag!.Tilstand.Should().Be(S.PlanGodkendt);
    }

    [Fact]
    public void A_plan_awaiting_a_decision_cannot_be_submitted_again()
    {
        Udfoer(I(S.PlanModtaget), Gyldig(H.IndsendGenopretningsplan), Chef).Afvisning
            .Should().Be("Genopretningsplanen er allerede indsendt og venter på administratorens afgørelse (sagen er 'plan modtaget').");
    }

    [Theory]
    [InlineData(S.PlanGodkendt)]
    [InlineData(S.Genopretning)]
    [InlineData(S.UnderAdministration)]
    public void An_approved_plan_cannot_be_submitted_again(S tilstand)
    {
        Udfoer(I(tilstand), Gyldig(H.IndsendGenopretningsplan), Chef).Afvisning
            .Should().Be($"Genopretningsplanen er allerede godkendt og kan ikke indsendes igen (sagen er '{tilstand.Tekst()}').");
        Sagsforloeb.TilladteHandlinger(I(tilstand), Chef).Should().BeEmpty();
    }

    [Fact]
    public void The_plan_cannot_come_before_the_redegoerelse()
    {
        Udfoer(Aaben(), Gyldig(H.IndsendGenopretningsplan), Chef).Afvisning
            .Should().Be("Redegørelsen skal indsendes før genopretningsplanen (sagen er 'åbnet').");
    }

    [Fact]
    public void The_independent_case_review_is_required_before_genopretning()
    {
        var uden = Udfoer(I(S.PlanModtaget), Gyldig(H.GodkendPlan), Admin).Sag!;
        uden.Sagsgennemgang.Should().BeNull();

        Udfoer(uden, Gyldig(H.StartGenopretning), Admin).Afvisning
            .Should().Be("Den uvildige sagsgennemgang skal være registreret, før genopretningsperioden kan starte.");
        Sagsforloeb.TilladteHandlinger(uden, Admin).Should().NotContain(H.StartGenopretning).And.Contain(H.RegistrerSagsgennemgang);

        var med = Udfoer(uden, Gyldig(H.RegistrerSagsgennemgang), Admin).Sag!;
        Sagsforloeb.TilladteHandlinger(med, Admin).Should().Contain(H.StartGenopretning);
        Udfoer(med, Gyldig(H.StartGenopretning), Admin).Sag!.Tilstand.Should().Be(S.Genopretning);
    }

    [Fact]
    public void The_review_may_be_recorded_while_the_plan_awaits_a_decision()
    {
        var udfald = Udfoer(I(S.PlanModtaget), Gyldig(H.RegistrerSagsgennemgang), Admin);

        udfald.Haendelse!.Should().BeEquivalentTo(new { Fra = S.PlanModtaget, Til = S.PlanModtaget });
        udfald.Haendelse.ErOvergang.Should().BeFalse();
    }

    public static TheoryData<S> AabneTilstande() => [S.Aabnet, S.RedegoerelseModtaget, S.PlanModtaget, S.PlanGodkendt, S.Genopretning, S.UnderAdministration];

    [Theory]
    [MemberData(nameof(AabneTilstande))]
    public void An_administrator_withdraws_a_case_in_every_open_state_with_a_justification_and_that_ends_it(S tilstand)
    {
        var sag = I(tilstand);

        Udfoer(sag, new Tilbagekald(" "), Admin).Afvisning.Should().Be("Skriv, hvorfor sagen tilbagekaldes.");
        Udfoer(sag, Gyldig(H.Tilbagekald), Chef).Afvisning.Should().Be("Kun en administrator kan tilbagekalde sagen.");
        var udfald = Udfoer(sag, new Tilbagekald(" Åbnet ved en fejl. "), Admin);

        udfald.Sag!.Tilstand.Should().Be(S.Tilbagekaldt);
        udfald.Sag.ErAaben.Should().BeFalse();
        udfald.Sag.Afsluttet.Should().Be(Nu);
        udfald.Haendelse!.Should().BeEquivalentTo(new { Fra = tilstand, Til = S.Tilbagekaldt, Begrundelse = "Åbnet ved en fejl.", Trin = Sagstrin.Afslutning });
        udfald.Sag.OverskredneFrister(new DateOnly(2030, 1, 1)).Should().BeEmpty();
    }

    [Theory]
    [MemberData(nameof(AabneTilstande))]
    public void A_document_received_outside_the_system_is_registered_in_every_open_state_and_keeps_the_state(S tilstand)
    {
        var sag = I(tilstand);

        var udfald = Udfoer(sag, new RegistrerEksterntDokument(" Brev med redegørelse ", Idag.AddDays(-3), Sagstrin.Redegoerelse, "Kom med posten."), Admin);

        udfald.Sag!.Tilstand.Should().Be(tilstand);
        udfald.Haendelse!.Should().BeEquivalentTo(new { Fra = tilstand, Til = tilstand, Trin = Sagstrin.Redegoerelse, Handling = H.RegistrerEksterntDokument });
        udfald.Haendelse.Detaljer.Should().Be("Dokument: Brev med redegørelse\nModtaget: 27-02-2026\nTrin: Redegørelse");
    }

    [Fact]
    public void An_outside_document_needs_a_description_a_date_not_in_the_future_and_a_justification()
    {
        var sag = I(S.PlanGodkendt);

        Udfoer(sag, new RegistrerEksterntDokument(" ", Idag, Sagstrin.Genopretningsplan, "b"), Admin).Afvisning
            .Should().Be("Beskriv dokumentet (fx 'Brev fra kommunen med redegørelse').");
        Udfoer(sag, new RegistrerEksterntDokument("Brev", Idag.AddDays(1), Sagstrin.Genopretningsplan, "b"), Admin).Afvisning
            .Should().Be("Datoen, dokumentet blev modtaget, kan ikke ligge i fremtiden.");
        Udfoer(sag, new RegistrerEksterntDokument("Brev", Idag, (Sagstrin)99, "b"), Admin).Afvisning
            .Should().Be("Vælg, hvilket trin i sagen dokumentet hører til.");
        Udfoer(sag, new RegistrerEksterntDokument("Brev", Idag, Sagstrin.Genopretningsplan, null), Admin).Afvisning.Should().Be("Skriv en begrundelse.");
        Udfoer(sag, new RegistrerEksterntDokument("Brev", Idag, Sagstrin.Genopretningsplan, "b"), Chef).Afvisning
            .Should().Be("Kun en administrator kan registrere et dokument modtaget uden for systemet.");
    }

    [Fact]
    public void An_administrator_extends_an_open_deadline_to_a_later_day_and_the_state_is_kept()
    {
        var sag = Aaben();
        var frist = sag.RedegoerelseFrist;

        var udfald = Udfoer(sag, new FlytFrist(Fristtype.Redegoerelse, new DateOnly(2026, 4, 13), "Kommunen har bedt om to uger mere."), Admin);

        udfald.Sag!.RedegoerelseFrist.Should().Be(new DateOnly(2026, 4, 13));
        udfald.Sag.Tilstand.Should().Be(S.Aabnet);
        udfald.Haendelse!.Should().BeEquivalentTo(new { Fra = S.Aabnet, Til = S.Aabnet, Trin = Sagstrin.Redegoerelse });
        udfald.Haendelse.Detaljer.Should().Be("Frist for redegørelsen: 30-03-2026 → 13-04-2026");
        sag.Overskredet(frist.AddDays(1)).Should().BeTrue();
        udfald.Sag.Overskredet(frist.AddDays(1)).Should().BeFalse("the moved deadline is not passed yet");
    }

    [Fact]
    public void A_deadline_moves_only_later_only_while_open_and_never_past_the_plan_deadline()
    {
        var sag = Aaben();

        Udfoer(sag, new FlytFrist(Fristtype.Redegoerelse, sag.RedegoerelseFrist, "b"), Admin).Afvisning
            .Should().Be("Den nye frist skal ligge efter den nuværende (30-03-2026).");
        Udfoer(sag, new FlytFrist(Fristtype.Redegoerelse, new DateOnly(2026, 5, 1), "b"), Admin).Afvisning
            .Should().Be("Redegørelsens frist må ikke komme efter genopretningsplanens (27-04-2026). Forlæng planens frist først.");
        Udfoer(sag, new FlytFrist(Fristtype.GenopretningsperiodensSlut, new DateOnly(2027, 5, 1), "b"), Admin).Afvisning
            .Should().Be("Genopretningsperiodens slut flyttes med 'Forlæng genopretningsperiode'.");
        Udfoer(sag, new FlytFrist(Fristtype.Genopretningsplan, new DateOnly(2026, 5, 1), " "), Admin).Afvisning.Should().Be("Skriv en begrundelse.");
        Udfoer(MedRedegoerelse(), new FlytFrist(Fristtype.Redegoerelse, new DateOnly(2026, 4, 1), "b"), Admin).Afvisning
            .Should().Be("Fristen for redegørelsen kan ikke flyttes: redegørelsen er modtaget.");
        Udfoer(I(S.PlanGodkendt), Gyldig(H.FlytFrist), Admin).Afvisning
            .Should().Be("Der er ingen frist at forlænge: redegørelsen og genopretningsplanen er modtaget. Genopretningsperioden forlænges for sig.");

        // Long overdue: the new deadline is after the old one but must not lie in the past either.
        var gammel = sag with { RedegoerelseFrist = new DateOnly(2026, 1, 1) };
        Udfoer(gammel, new FlytFrist(Fristtype.Redegoerelse, new DateOnly(2026, 2, 1), "b"), Admin).Afvisning
            .Should().Be("Den nye frist kan ikke ligge før i dag.");
    }

    [Fact]
    public void Every_administrator_decision_needs_a_justification_and_submissions_get_a_standard_one()
    {
        foreach (var handling in new Sagshandling[] { new GodkendPlan(" "), new Afslut(null) })
        {
            var tilstand = handling is GodkendPlan ? S.PlanModtaget : S.Genopretning;
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
            (Gyldig(H.FlytFrist), Admin), (Gyldig(H.IndsendRedegoerelse), Chef), (Gyldig(H.IndsendGenopretningsplan), Chef),
            (Gyldig(H.AfvisPlan), Admin), (Gyldig(H.IndsendGenopretningsplan), Chef), (Gyldig(H.GodkendPlan), Admin),
            (Gyldig(H.RegistrerSagsgennemgang), Admin), (Gyldig(H.StartGenopretning), Admin), (Gyldig(H.ForlaengGenopretning), Admin),
            (Gyldig(H.RegistrerEksterntDokument), Admin), (Gyldig(H.SaetUnderAdministration), Admin), (Gyldig(H.Afslut), Admin),
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

        sag.Historik.Select(h => h.Til).Should().Equal(S.Aabnet, S.Aabnet, S.RedegoerelseModtaget, S.PlanModtaget, S.RedegoerelseModtaget,
            S.PlanModtaget, S.PlanGodkendt, S.PlanGodkendt, S.Genopretning, S.Genopretning, S.Genopretning, S.UnderAdministration, S.Afsluttet);
        sag.Historik.Skip(1).Select(h => h.Fra).Should().Equal(sag.Historik.SkipLast(1).Select(h => (S?)h.Til),
            "each entry starts where the one before ended");
        sag.Historik.Select(h => h.Handling.Haendelse()).Should().Equal(
            "Sag åbnet", "Frist forlænget", "Redegørelse indsendt", "Genopretningsplan indsendt", "Genopretningsplan afvist og sendt tilbage",
            "Genopretningsplan indsendt", "Genopretningsplan godkendt", "Uvildig sagsgennemgang registreret", "Genopretningsperiode startet",
            "Genopretningsperiode forlænget", "Dokument modtaget uden for systemet registreret", "Sat under administration", "Sag afsluttet");
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
        Sagsforloeb.TilladteHandlinger(Aaben(), Admin).Should().Equal(H.FlytFrist, H.RegistrerEksterntDokument, H.Tilbagekald);
        Sagsforloeb.TilladteHandlinger(Aaben(), Analytiker).Should().BeEmpty();
        Sagsforloeb.TilladteHandlinger(I(S.PlanModtaget), Admin).Should().Equal(
            H.GodkendPlan, H.AfvisPlan, H.RegistrerSagsgennemgang, H.RegistrerEksterntDokument, H.Tilbagekald);
        Sagsforloeb.TilladteHandlinger(I(S.Genopretning), Admin).Should().Equal(
            H.RegistrerSagsgennemgang, H.ForlaengGenopretning, H.SaetUnderAdministration, H.Afslut, H.RegistrerEksterntDokument, H.Tilbagekald);
        Sagsforloeb.TilladteHandlinger(I(S.PlanGodkendt), Chef).Should().BeEmpty();
    }

    [Fact]
    public void Every_state_has_a_code_from_rules_md_and_back()
    {
        SagstilstandKoder.Alle.Select(t => t.Kode()).Should().Equal(
            "aabnet", "redegoerelse_modtaget", "plan_modtaget", "plan_godkendt", "genopretning", "under_administration", "afsluttet", "tilbagekaldt");
        SagstilstandKoder.Alle.Select(t => t.Overskrift()).Should().Equal(
            "Åbnet", "Redegørelse modtaget", "Plan modtaget", "Plan godkendt", "Genopretning", "Under administration", "Afsluttet", "Tilbagekaldt");
        SagstrinKoder.Alle.Should().AllSatisfy(t => SagstrinKoder.Fra(t.Kode()).Should().Be(t));
        var act = () => SagstilstandKoder.Fra("udpeget");
        act.Should().Throw<ArgumentException>("the old first state is migrated to 'aabnet', never read");
        SagstilstandKoder.Alle.Should().AllSatisfy(t => SagstilstandKoder.Fra(t.Kode()).Should().Be(t));
        SagshandlingstypeKoder.Alle.Should().AllSatisfy(h => SagshandlingstypeKoder.Fra(h.Kode()).Should().Be(h));
    }
}
