using System.Globalization;
using JobcenterTilsyn.Domain.Adgang;

namespace JobcenterTilsyn.Domain.Tilsynssager;

/// <summary>
/// The supervision case workflow of rules.md §9 as a pure state machine: who may do what in which state, and
/// what each action records. Checks run in this order: role, state, preconditions, then the action's own data.
/// </summary>
public static class Sagsforloeb
{
    public const int MaksTekstlaengde = 50_000;
    public const int MaksBegrundelseslaengde = 4_000;

    /// <summary>The transitions of §9: (from, action) → to. A pair that is not here is refused.</summary>
    private static readonly Dictionary<(Sagstilstand Fra, Sagshandlingstype Handling), Sagstilstand> Overgange = ByggOvergange();

    private static Dictionary<(Sagstilstand, Sagshandlingstype), Sagstilstand> ByggOvergange()
    {
        var overgange = new Dictionary<(Sagstilstand, Sagshandlingstype), Sagstilstand>
        {
            [(Sagstilstand.Aabnet, Sagshandlingstype.IndsendRedegoerelse)] = Sagstilstand.RedegoerelseModtaget,
            [(Sagstilstand.RedegoerelseModtaget, Sagshandlingstype.IndsendGenopretningsplan)] = Sagstilstand.PlanModtaget,
            [(Sagstilstand.PlanModtaget, Sagshandlingstype.GodkendPlan)] = Sagstilstand.PlanGodkendt,
            [(Sagstilstand.PlanModtaget, Sagshandlingstype.AfvisPlan)] = Sagstilstand.RedegoerelseModtaget,
            [(Sagstilstand.PlanGodkendt, Sagshandlingstype.StartGenopretning)] = Sagstilstand.Genopretning,
            [(Sagstilstand.Genopretning, Sagshandlingstype.ForlaengGenopretning)] = Sagstilstand.Genopretning,
            [(Sagstilstand.Genopretning, Sagshandlingstype.SaetUnderAdministration)] = Sagstilstand.UnderAdministration,
            [(Sagstilstand.Genopretning, Sagshandlingstype.Afslut)] = Sagstilstand.Afsluttet,
            [(Sagstilstand.UnderAdministration, Sagshandlingstype.Afslut)] = Sagstilstand.Afsluttet,
        };
        // The review is recorded once the municipality has explained itself, and at the latest before recovery starts.
        foreach (var tilstand in new[] { Sagstilstand.RedegoerelseModtaget, Sagstilstand.PlanModtaget, Sagstilstand.PlanGodkendt, Sagstilstand.Genopretning })
        {
            overgange[(tilstand, Sagshandlingstype.RegistrerSagsgennemgang)] = tilstand;
        }
        // In every open state: move a deadline and register an outside document (state kept), or withdraw (ends the case).
        foreach (var tilstand in SagstilstandKoder.Alle.Where(t => t.ErAaben()))
        {
            overgange[(tilstand, Sagshandlingstype.FlytFrist)] = tilstand;
            overgange[(tilstand, Sagshandlingstype.RegistrerEksterntDokument)] = tilstand;
            overgange[(tilstand, Sagshandlingstype.Tilbagekald)] = Sagstilstand.Tilbagekaldt;
        }
        return overgange;
    }

    /// <summary>Where <paramref name="handling"/> takes a case in <paramref name="fra"/>, or null when §9 does not allow it there.</summary>
    public static Sagstilstand? Til(Sagstilstand fra, Sagshandlingstype handling) =>
        Overgange.TryGetValue((fra, handling), out var til) ? til : null;

    /// <summary>The role that performs an action: the municipality's manager submits, the administrator decides.</summary>
    public static Rolle UdfoeresAf(Sagshandlingstype handling) => handling switch
    {
        Sagshandlingstype.IndsendRedegoerelse or Sagshandlingstype.IndsendGenopretningsplan => Rolle.Jobcenterchef,
        _ => Rolle.Administrator,
    };

    /// <summary>Opens a case in state <c>aabnet</c> (whatever the category) from a stored designation (administrator only, with a justification).</summary>
    public static Sagsudfald Aabn(
        short kommunekode, Sagsgrundlag grundlag, string begrundelse, Aktoer aktoer, DateTimeOffset nu, DateOnly idag, Fristregler fristregler)
    {
        if (aktoer.Rolle != Rolle.Administrator) return Sagsudfald.Afvist("Kun en administrator kan åbne en tilsynssag.");
        if (Tom(begrundelse)) return Sagsudfald.Afvist("Skriv en begrundelse for at åbne sagen.");
        if (begrundelse.Length > MaksBegrundelseslaengde) return Sagsudfald.Afvist($"Begrundelsen må højst være {MaksBegrundelseslaengde} tegn.");
        if (fristregler.Valideringsfejl().FirstOrDefault() is { } fejl) return Sagsudfald.Afvist(fejl);

        var haendelse = new Sagshaendelse(nu, aktoer.Bruger, aktoer.Rolle, Sagshandlingstype.Aabn, null, Sagstilstand.Aabnet,
            begrundelse.Trim(), grundlag.Beskrivelse, Sagstrin.Aabning);
        var sag = new Tilsynssag
        {
            Kommunekode = kommunekode,
            Aar = grundlag.Aar,
            Grundlag = grundlag,
            Tilstand = Sagstilstand.Aabnet,
            Aabnet = nu,
            RedegoerelseFrist = idag.AddDays(fristregler.RedegoerelseDage),
            PlanFrist = idag.AddDays(fristregler.PlanDage),
            Historik = [haendelse],
        };
        return Sagsudfald.Ok(sag, haendelse);
    }

    /// <summary>Carries out <paramref name="handling"/> on <paramref name="sag"/>, or says in Danish why not.</summary>
    public static Sagsudfald Udfoer(Tilsynssag sag, Sagshandling handling, Aktoer aktoer, DateTimeOffset nu, DateOnly idag)
    {
        var afvisning = Rolleafvisning(sag, handling.Type, aktoer)
                        ?? Tilstandsafvisning(sag, handling.Type)
                        ?? Forudsaetningsafvisning(sag, handling.Type)
                        ?? Indholdsafvisning(sag, handling, idag);
        if (afvisning is not null) return Sagsudfald.Afvist(afvisning);

        var til = Overgange[(sag.Tilstand, handling.Type)];
        var (ny, detaljer) = Anvend(sag, handling, aktoer, nu);
        var haendelse = new Sagshaendelse(nu, aktoer.Bruger, aktoer.Rolle, handling.Type, sag.Tilstand, til,
            Begrundelse(handling), detaljer, Trin(handling));
        return Sagsudfald.Ok(ny with { Tilstand = til, Historik = [.. sag.Historik, haendelse] }, haendelse);
    }

    /// <summary>The actions this user may take on the case now (role, state and preconditions; not the action's data).</summary>
    public static IReadOnlyList<Sagshandlingstype> TilladteHandlinger(Tilsynssag sag, Aktoer aktoer) =>
        SagshandlingstypeKoder.Alle
            .Where(h => h != Sagshandlingstype.Aabn)
            .Where(h => Rolleafvisning(sag, h, aktoer) is null && Tilstandsafvisning(sag, h) is null && Forudsaetningsafvisning(sag, h) is null)
            .ToList();

    private static string? Rolleafvisning(Tilsynssag sag, Sagshandlingstype handling, Aktoer aktoer)
    {
        if (UdfoeresAf(handling) == Rolle.Jobcenterchef)
        {
            if (aktoer.Rolle != Rolle.Jobcenterchef)
                return $"Kun kommunens jobcenterchef kan {Verbum(handling)}.";
            if (aktoer.Kommunekode != sag.Kommunekode)
                return "Du kan kun handle på din egen kommunes tilsynssag.";
            return null;
        }
        return aktoer.Rolle == Rolle.Administrator ? null : $"Kun en administrator kan {Verbum(handling)}.";
    }

    private static string? Tilstandsafvisning(Tilsynssag sag, Sagshandlingstype handling)
    {
        if (Overgange.ContainsKey((sag.Tilstand, handling))) return null;
        var tilstand = sag.Tilstand.Tekst();
        if (!sag.ErAaben) return $"Sagen er {tilstand}, og der kan ikke længere handles på den.";
        return handling switch
        {
            Sagshandlingstype.IndsendGenopretningsplan when sag.Tilstand == Sagstilstand.Aabnet =>
                "Redegørelsen skal indsendes før genopretningsplanen (sagen er 'åbnet').",
            Sagshandlingstype.IndsendGenopretningsplan when sag.Tilstand == Sagstilstand.PlanModtaget =>
                "Genopretningsplanen er allerede indsendt og venter på administratorens afgørelse (sagen er 'plan modtaget').",
            Sagshandlingstype.IndsendGenopretningsplan =>
                $"Genopretningsplanen er allerede godkendt og kan ikke indsendes igen (sagen er '{tilstand}').",
            Sagshandlingstype.GodkendPlan or Sagshandlingstype.AfvisPlan when sag.Tilstand is Sagstilstand.Aabnet or Sagstilstand.RedegoerelseModtaget =>
                $"Kommunen har ikke indsendt en genopretningsplan, der venter på afgørelse (sagen er '{tilstand}').",
            Sagshandlingstype.GodkendPlan or Sagshandlingstype.AfvisPlan =>
                $"Genopretningsplanen er allerede godkendt (sagen er '{tilstand}').",
            Sagshandlingstype.RegistrerSagsgennemgang =>
                $"Sagsgennemgangen kan ikke registreres, når sagen er '{tilstand}'.",
            Sagshandlingstype.ForlaengGenopretning =>
                $"Genopretningsperioden kan kun forlænges, mens sagen er i 'genopretning' (den er '{tilstand}').",
            _ => $"Sagen kan ikke gå fra '{tilstand}' til '{NominelTil(handling).Tekst()}'.",
        };
    }

    private static string? Forudsaetningsafvisning(Tilsynssag sag, Sagshandlingstype handling) => handling switch
    {
        // rules.md §9: the independent case review is required before genopretning.
        Sagshandlingstype.StartGenopretning when sag.Sagsgennemgang is null =>
            "Den uvildige sagsgennemgang skal være registreret, før genopretningsperioden kan starte.",
        Sagshandlingstype.FlytFrist when FlytbareFrister(sag).Count == 0 =>
            "Der er ingen frist at forlænge: redegørelsen og genopretningsplanen er modtaget. Genopretningsperioden forlænges for sig.",
        _ => null,
    };

    /// <summary>The deadlines an administrator may move now: those of the redegørelse and the plan while not met.</summary>
    public static IReadOnlyList<Sagsfrist> FlytbareFrister(Tilsynssag sag) =>
        sag.Frister.Where(f => f.Type != Fristtype.GenopretningsperiodensSlut && f.Status == Friststatus.Aaben).ToList();

    private static string? Indholdsafvisning(Tilsynssag sag, Sagshandling handling, DateOnly idag)
    {
        if (handling.Begrundelse is { Length: > MaksBegrundelseslaengde })
            return $"Begrundelsen må højst være {MaksBegrundelseslaengde} tegn.";
        return handling switch
        {
            IndsendRedegoerelse r => Tekstfejl(r.Tekst, "Redegørelsen"),
            IndsendGenopretningsplan p => Tekstfejl(p.Tekst, "Genopretningsplanen"),
            GodkendPlan g => BegrundelseFejl(g.Begrundelse),
            AfvisPlan a when Tom(a.Begrundelse) => "Skriv, hvorfor planen afvises. Kommunen ser begrundelsen.",
            AfvisPlan => null,
            RegistrerSagsgennemgang s when Tom(s.UdfoertAf) => "Skriv, hvem der har udført sagsgennemgangen.",
            RegistrerSagsgennemgang s when Tom(s.Omraader) => "Skriv, hvilke områder sagsgennemgangen har omfattet.",
            RegistrerSagsgennemgang s when s.Dato > idag => "Sagsgennemgangens dato kan ikke ligge i fremtiden.",
            RegistrerSagsgennemgang s => BegrundelseFejl(s.Begrundelse),
            StartGenopretning s when s.Slutdato <= idag => "Genopretningsperiodens slutdato skal ligge efter i dag.",
            StartGenopretning s => BegrundelseFejl(s.Begrundelse),
            ForlaengGenopretning f when f.NySlutdato <= sag.GenopretningSlut =>
                $"Den nye slutdato skal ligge efter den nuværende ({Dato(sag.GenopretningSlut!.Value)}).",
            ForlaengGenopretning f => BegrundelseFejl(f.Begrundelse),
            SaetUnderAdministration a when Tom(a.Minimumsmaal) => "Skriv de centralt fastsatte minimumsmål.",
            SaetUnderAdministration a when Tom(a.PassiveSagerGennemgang) => "Skriv resultatet af gennemgangen af alle passive sager.",
            SaetUnderAdministration a => BegrundelseFejl(a.Begrundelse),
            Afslut a => BegrundelseFejl(a.Begrundelse),
            FlytFrist f => Fristfejl(sag, f, idag) ?? BegrundelseFejl(f.Begrundelse),
            RegistrerEksterntDokument d when Tom(d.Beskrivelse) => "Beskriv dokumentet (fx 'Brev fra kommunen med redegørelse').",
            RegistrerEksterntDokument d when d.Beskrivelse.Length > MaksBegrundelseslaengde =>
                $"Beskrivelsen må højst være {MaksBegrundelseslaengde} tegn.",
            RegistrerEksterntDokument d when d.Modtaget > idag => "Datoen, dokumentet blev modtaget, kan ikke ligge i fremtiden.",
            RegistrerEksterntDokument d when !Enum.IsDefined(d.Trin) => "Vælg, hvilket trin i sagen dokumentet hører til.",
            RegistrerEksterntDokument d => BegrundelseFejl(d.Begrundelse),
            Tilbagekald t when Tom(t.Begrundelse) => "Skriv, hvorfor sagen tilbagekaldes.",
            Tilbagekald => null,
            _ => throw new ArgumentOutOfRangeException(nameof(handling), handling, null),
        };
    }

    private static string? Fristfejl(Tilsynssag sag, FlytFrist f, DateOnly idag)
    {
        if (f.Frist == Fristtype.GenopretningsperiodensSlut)
            return "Genopretningsperiodens slut flyttes med 'Forlæng genopretningsperiode'.";
        var frist = sag.Frister.Single(x => x.Type == f.Frist);
        if (frist.Status != Friststatus.Aaben)
            return $"Fristen for {FristNavn(f.Frist)} kan ikke flyttes: {(f.Frist == Fristtype.Redegoerelse ? "redegørelsen" : "planen")} er modtaget.";
        if (f.NyDato <= frist.Dato) return $"Den nye frist skal ligge efter den nuværende ({Dato(frist.Dato)}).";
        if (f.NyDato < idag) return "Den nye frist kan ikke ligge før i dag.";
        if (f.Frist == Fristtype.Redegoerelse && f.NyDato > sag.PlanFrist && sag.Genopretningsplan is null)
            return $"Redegørelsens frist må ikke komme efter genopretningsplanens ({Dato(sag.PlanFrist)}). Forlæng planens frist først.";
        return null;
    }

    private static string FristNavn(Fristtype frist) => frist == Fristtype.Redegoerelse ? "redegørelsen" : "genopretningsplanen";

    private static (Tilsynssag Sag, string? Detaljer) Anvend(Tilsynssag sag, Sagshandling handling, Aktoer aktoer, DateTimeOffset nu) => handling switch
    {
        IndsendRedegoerelse r => (sag with { Redegoerelse = new Indsendelse(r.Tekst.Trim(), nu, aktoer.Bruger) }, r.Tekst.Trim()),
        IndsendGenopretningsplan p => (sag with { Genopretningsplan = new Indsendelse(p.Tekst.Trim(), nu, aktoer.Bruger) }, p.Tekst.Trim()),
        GodkendPlan => (sag, null),
        RegistrerSagsgennemgang s => (sag with { Sagsgennemgang = new Sagsgennemgang(s.UdfoertAf.Trim(), s.Omraader.Trim(), s.Dato) },
            $"Udført af: {s.UdfoertAf.Trim()}\nOmråder: {s.Omraader.Trim()}\nDato: {Dato(s.Dato)}"),
        StartGenopretning s => (sag with { GenopretningSlut = s.Slutdato }, $"Slutdato: {Dato(s.Slutdato)}"),
        ForlaengGenopretning f => (sag with { GenopretningSlut = f.NySlutdato },
            $"Slutdato: {Dato(sag.GenopretningSlut!.Value)} → {Dato(f.NySlutdato)}"),
        SaetUnderAdministration a => (sag with { Administration = new Administrationsgrundlag(a.Minimumsmaal.Trim(), a.PassiveSagerGennemgang.Trim()) },
            $"Minimumsmål: {a.Minimumsmaal.Trim()}\nGennemgang af passive sager: {a.PassiveSagerGennemgang.Trim()}"),
        AfvisPlan => (sag with { Genopretningsplan = null }, null),
        Afslut => (sag with { Afsluttet = nu }, null),
        Tilbagekald => (sag with { Afsluttet = nu }, null),
        FlytFrist { Frist: Fristtype.Redegoerelse } f => (sag with { RedegoerelseFrist = f.NyDato },
            $"Frist for redegørelsen: {Dato(sag.RedegoerelseFrist)} → {Dato(f.NyDato)}"),
        FlytFrist f => (sag with { PlanFrist = f.NyDato }, $"Frist for genopretningsplanen: {Dato(sag.PlanFrist)} → {Dato(f.NyDato)}"),
        RegistrerEksterntDokument d => (sag,
            $"Dokument: {d.Beskrivelse.Trim()}\nModtaget: {Dato(d.Modtaget)}\nTrin: {d.Trin.Navn()}"),
        _ => throw new ArgumentOutOfRangeException(nameof(handling), handling, null),
    };

    private static string Begrundelse(Sagshandling handling) =>
        !Tom(handling.Begrundelse) ? handling.Begrundelse!.Trim() : handling.Type switch
        {
            Sagshandlingstype.IndsendRedegoerelse => "Redegørelse indsendt af kommunen.",
            Sagshandlingstype.IndsendGenopretningsplan => "Genopretningsplan indsendt af kommunen.",
            _ => throw new InvalidOperationException("Administrator actions are validated to carry a justification."),
        };

    private static Sagstrin Trin(Sagshandling handling) => handling switch
    {
        RegistrerEksterntDokument d => d.Trin,
        FlytFrist { Frist: Fristtype.Redegoerelse } => Sagstrin.Redegoerelse,
        FlytFrist => Sagstrin.Genopretningsplan,
        _ => SagstrinKoder.For(handling.Type),
    };

    // The state an action leads to in the normal flow, for the refusal message.
    private static Sagstilstand NominelTil(Sagshandlingstype handling) => handling switch
    {
        Sagshandlingstype.IndsendRedegoerelse => Sagstilstand.RedegoerelseModtaget,
        Sagshandlingstype.IndsendGenopretningsplan => Sagstilstand.PlanModtaget,
        Sagshandlingstype.GodkendPlan => Sagstilstand.PlanGodkendt,
        Sagshandlingstype.AfvisPlan => Sagstilstand.RedegoerelseModtaget,
        Sagshandlingstype.StartGenopretning => Sagstilstand.Genopretning,
        Sagshandlingstype.ForlaengGenopretning => Sagstilstand.Genopretning,
        Sagshandlingstype.SaetUnderAdministration => Sagstilstand.UnderAdministration,
        Sagshandlingstype.Afslut => Sagstilstand.Afsluttet,
        Sagshandlingstype.Tilbagekald => Sagstilstand.Tilbagekaldt,
        _ => throw new ArgumentOutOfRangeException(nameof(handling), handling, null),
    };

    private static string Verbum(Sagshandlingstype handling) => handling switch
    {
        Sagshandlingstype.IndsendRedegoerelse => "indsende redegørelsen",
        Sagshandlingstype.IndsendGenopretningsplan => "indsende genopretningsplanen",
        Sagshandlingstype.GodkendPlan => "godkende genopretningsplanen",
        Sagshandlingstype.RegistrerSagsgennemgang => "registrere den uvildige sagsgennemgang",
        Sagshandlingstype.StartGenopretning => "starte genopretningsperioden",
        Sagshandlingstype.ForlaengGenopretning => "forlænge genopretningsperioden",
        Sagshandlingstype.SaetUnderAdministration => "sætte kommunen under administration",
        Sagshandlingstype.Afslut => "afslutte sagen",
        Sagshandlingstype.AfvisPlan => "afvise genopretningsplanen",
        Sagshandlingstype.FlytFrist => "forlænge en frist",
        Sagshandlingstype.RegistrerEksterntDokument => "registrere et dokument modtaget uden for systemet",
        Sagshandlingstype.Tilbagekald => "tilbagekalde sagen",
        Sagshandlingstype.Aabn => "åbne en tilsynssag",
        _ => throw new ArgumentOutOfRangeException(nameof(handling), handling, null),
    };

    private static string? Tekstfejl(string tekst, string hvad) =>
        Tom(tekst) ? $"{hvad} må ikke være tom."
        : tekst.Length > MaksTekstlaengde ? $"{hvad} må højst være {MaksTekstlaengde:N0} tegn."
        : null;

    private static string? BegrundelseFejl(string? begrundelse) => Tom(begrundelse) ? "Skriv en begrundelse." : null;

    private static bool Tom(string? tekst) => string.IsNullOrWhiteSpace(tekst);

    private static string Dato(DateOnly dato) => dato.ToString("dd-MM-yyyy", CultureInfo.InvariantCulture);
}
