using System.Globalization;
using JobcenterTilsyn.Domain.Adgang;
using JobcenterTilsyn.Domain.Udpegning;

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
    private static readonly Dictionary<(Sagstilstand Fra, Sagshandlingstype Handling), Sagstilstand> Overgange = new()
    {
        [(Sagstilstand.Udpeget, Sagshandlingstype.IndsendRedegoerelse)] = Sagstilstand.RedegoerelseModtaget,
        [(Sagstilstand.RedegoerelseModtaget, Sagshandlingstype.IndsendGenopretningsplan)] = Sagstilstand.RedegoerelseModtaget,
        [(Sagstilstand.RedegoerelseModtaget, Sagshandlingstype.GodkendPlan)] = Sagstilstand.PlanGodkendt,
        [(Sagstilstand.RedegoerelseModtaget, Sagshandlingstype.RegistrerSagsgennemgang)] = Sagstilstand.RedegoerelseModtaget,
        [(Sagstilstand.PlanGodkendt, Sagshandlingstype.RegistrerSagsgennemgang)] = Sagstilstand.PlanGodkendt,
        [(Sagstilstand.Genopretning, Sagshandlingstype.RegistrerSagsgennemgang)] = Sagstilstand.Genopretning,
        [(Sagstilstand.PlanGodkendt, Sagshandlingstype.StartGenopretning)] = Sagstilstand.Genopretning,
        [(Sagstilstand.Genopretning, Sagshandlingstype.ForlaengGenopretning)] = Sagstilstand.Genopretning,
        [(Sagstilstand.Genopretning, Sagshandlingstype.SaetUnderAdministration)] = Sagstilstand.UnderAdministration,
        [(Sagstilstand.Genopretning, Sagshandlingstype.Afslut)] = Sagstilstand.Afsluttet,
        [(Sagstilstand.UnderAdministration, Sagshandlingstype.Afslut)] = Sagstilstand.Afsluttet,
    };

    /// <summary>The role that performs an action: the municipality's manager submits, the administrator decides.</summary>
    public static Rolle UdfoeresAf(Sagshandlingstype handling) => handling switch
    {
        Sagshandlingstype.IndsendRedegoerelse or Sagshandlingstype.IndsendGenopretningsplan => Rolle.Jobcenterchef,
        _ => Rolle.Administrator,
    };

    /// <summary>Opens a case in state <c>udpeget</c> from a stored designation (administrator only, with a justification).</summary>
    public static Sagsudfald Aabn(
        short kommunekode, Sagsgrundlag grundlag, string begrundelse, Aktoer aktoer, DateTimeOffset nu, DateOnly idag, Fristregler fristregler)
    {
        if (aktoer.Rolle != Rolle.Administrator) return Sagsudfald.Afvist("Kun en administrator kan åbne en tilsynssag.");
        if (Tom(begrundelse)) return Sagsudfald.Afvist("Skriv en begrundelse for at åbne sagen.");
        if (begrundelse.Length > MaksBegrundelseslaengde) return Sagsudfald.Afvist($"Begrundelsen må højst være {MaksBegrundelseslaengde} tegn.");
        if (fristregler.Valideringsfejl().FirstOrDefault() is { } fejl) return Sagsudfald.Afvist(fejl);

        var haendelse = new Sagshaendelse(nu, aktoer.Bruger, aktoer.Rolle, Sagshandlingstype.Aabn, null, Sagstilstand.Udpeget,
            begrundelse.Trim(), GrundlagTekst(grundlag));
        var sag = new Tilsynssag
        {
            Kommunekode = kommunekode,
            Aar = grundlag.Aar,
            Grundlag = grundlag,
            Tilstand = Sagstilstand.Udpeget,
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
            Begrundelse(handling), detaljer);
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
        return handling switch
        {
            Sagshandlingstype.IndsendGenopretningsplan =>
                $"Genopretningsplanen kan kun indsendes, når redegørelsen er modtaget og planen endnu ikke er godkendt (sagen er '{sag.Tilstand.Tekst()}').",
            Sagshandlingstype.RegistrerSagsgennemgang =>
                $"Sagsgennemgangen kan ikke registreres, når sagen er '{sag.Tilstand.Tekst()}'.",
            Sagshandlingstype.ForlaengGenopretning =>
                $"Genopretningsperioden kan kun forlænges, mens sagen er i 'genopretning' (den er '{sag.Tilstand.Tekst()}').",
            _ => $"Sagen kan ikke gå fra '{sag.Tilstand.Tekst()}' til '{NominelTil(handling).Tekst()}'.",
        };
    }

    private static string? Forudsaetningsafvisning(Tilsynssag sag, Sagshandlingstype handling) => handling switch
    {
        Sagshandlingstype.GodkendPlan when sag.Genopretningsplan is null => "Kommunen har endnu ikke indsendt en genopretningsplan.",
        _ => null,
    };

    private static string? Indholdsafvisning(Tilsynssag sag, Sagshandling handling, DateOnly idag)
    {
        if (handling.Begrundelse is { Length: > MaksBegrundelseslaengde })
            return $"Begrundelsen må højst være {MaksBegrundelseslaengde} tegn.";
        return handling switch
        {
            IndsendRedegoerelse r => Tekstfejl(r.Tekst, "Redegørelsen"),
            IndsendGenopretningsplan p => Tekstfejl(p.Tekst, "Genopretningsplanen"),
            GodkendPlan g => BegrundelseFejl(g.Begrundelse),
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
            _ => throw new ArgumentOutOfRangeException(nameof(handling), handling, null),
        };
    }

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
        Afslut => (sag with { Afsluttet = nu }, null),
        _ => throw new ArgumentOutOfRangeException(nameof(handling), handling, null),
    };

    private static string Begrundelse(Sagshandling handling) =>
        !Tom(handling.Begrundelse) ? handling.Begrundelse!.Trim() : handling.Type switch
        {
            Sagshandlingstype.IndsendRedegoerelse => "Redegørelse indsendt af kommunen.",
            Sagshandlingstype.IndsendGenopretningsplan => "Genopretningsplan indsendt af kommunen.",
            _ => throw new InvalidOperationException("Administrator actions are validated to carry a justification."),
        };

    // The state an action leads to in the normal flow, for the refusal message.
    private static Sagstilstand NominelTil(Sagshandlingstype handling) => handling switch
    {
        Sagshandlingstype.IndsendRedegoerelse => Sagstilstand.RedegoerelseModtaget,
        Sagshandlingstype.GodkendPlan => Sagstilstand.PlanGodkendt,
        Sagshandlingstype.StartGenopretning => Sagstilstand.Genopretning,
        Sagshandlingstype.SaetUnderAdministration => Sagstilstand.UnderAdministration,
        Sagshandlingstype.Afslut => Sagstilstand.Afsluttet,
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

    private static string GrundlagTekst(Sagsgrundlag g) =>
        $"Udpegning {g.Aar}: {g.Kategori.Kode()} (resultatkriterie {(g.ResultatKriterie ? 1 : 0)}, indsatskriterie {(g.IndsatsKriterie ? 1 : 0)}, " +
        $"rang {g.Rang} af {g.AntalKommuner}, regelsæt {g.Regelsaet})";
}
