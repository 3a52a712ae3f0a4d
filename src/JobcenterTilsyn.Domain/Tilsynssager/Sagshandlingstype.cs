namespace JobcenterTilsyn.Domain.Tilsynssager;

/// <summary>What can happen to a case (rules.md §9); each is one entry in its history. The order is the buttons' order.</summary>
public enum Sagshandlingstype
{
    /// <summary>Administrator opens the case from a stored designation.</summary>
    Aabn,

    /// <summary>The municipality's manager submits the redegørelse.</summary>
    IndsendRedegoerelse,

    /// <summary>The municipality's manager submits the genopretningsplan (again after a rejection).</summary>
    IndsendGenopretningsplan,

    /// <summary>Administrator approves the submitted plan.</summary>
    GodkendPlan,

    /// <summary>Administrator rejects the submitted plan and sends it back: the manager submits a new one.</summary>
    AfvisPlan,

    /// <summary>Administrator records the independent case review (who, which areas, when).</summary>
    RegistrerSagsgennemgang,

    /// <summary>Administrator starts the recovery period with its end date.</summary>
    StartGenopretning,

    /// <summary>Administrator extends the recovery period to a later end date.</summary>
    ForlaengGenopretning,

    /// <summary>Administrator puts the municipality under administration.</summary>
    SaetUnderAdministration,

    /// <summary>Administrator closes the case.</summary>
    Afslut,

    /// <summary>Administrator gives the municipality more time for the redegørelse or the plan (keeps the state).</summary>
    FlytFrist,

    /// <summary>Administrator registers a document received outside the system, tied to a step (keeps the state).</summary>
    RegistrerEksterntDokument,

    /// <summary>Administrator withdraws the case (e.g. opened by mistake); ends it.</summary>
    Tilbagekald,
}

/// <summary>Codes as stored in the history and Danish names.</summary>
public static class SagshandlingstypeKoder
{
    public static IReadOnlyList<Sagshandlingstype> Alle { get; } = Enum.GetValues<Sagshandlingstype>();

    public static string Kode(this Sagshandlingstype type) => type switch
    {
        Sagshandlingstype.Aabn => "aabn",
        Sagshandlingstype.IndsendRedegoerelse => "indsend_redegoerelse",
        Sagshandlingstype.IndsendGenopretningsplan => "indsend_genopretningsplan",
        Sagshandlingstype.GodkendPlan => "godkend_plan",
        Sagshandlingstype.AfvisPlan => "afvis_plan",
        Sagshandlingstype.RegistrerSagsgennemgang => "registrer_sagsgennemgang",
        Sagshandlingstype.StartGenopretning => "start_genopretning",
        Sagshandlingstype.ForlaengGenopretning => "forlaeng_genopretning",
        Sagshandlingstype.SaetUnderAdministration => "saet_under_administration",
        Sagshandlingstype.Afslut => "afslut",
        Sagshandlingstype.FlytFrist => "flyt_frist",
        Sagshandlingstype.RegistrerEksterntDokument => "registrer_eksternt_dokument",
        Sagshandlingstype.Tilbagekald => "tilbagekald",
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, null),
    };

    public static Sagshandlingstype Fra(string kode) =>
        Alle.Where(t => t.Kode() == kode).Select(t => (Sagshandlingstype?)t).FirstOrDefault()
        ?? throw new ArgumentException($"Unknown case action code '{kode}'.", nameof(kode));

    /// <summary>A Danish title for buttons and forms (imperative), e.g. "Godkend genopretningsplan".</summary>
    public static string Titel(this Sagshandlingstype type) => type switch
    {
        Sagshandlingstype.Aabn => "Åbn sag",
        Sagshandlingstype.IndsendRedegoerelse => "Indsend redegørelse",
        Sagshandlingstype.IndsendGenopretningsplan => "Indsend genopretningsplan",
        Sagshandlingstype.GodkendPlan => "Godkend genopretningsplan",
        Sagshandlingstype.AfvisPlan => "Afvis genopretningsplan",
        Sagshandlingstype.RegistrerSagsgennemgang => "Registrér uvildig sagsgennemgang",
        Sagshandlingstype.StartGenopretning => "Start genopretningsperiode",
        Sagshandlingstype.ForlaengGenopretning => "Forlæng genopretningsperiode",
        Sagshandlingstype.SaetUnderAdministration => "Sæt under administration",
        Sagshandlingstype.Afslut => "Afslut sag",
        Sagshandlingstype.FlytFrist => "Forlæng frist",
        Sagshandlingstype.RegistrerEksterntDokument => "Registrér dokument modtaget uden for systemet",
        Sagshandlingstype.Tilbagekald => "Tilbagekald sag",
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, null),
    };

    /// <summary>What happened, in the past tense, for the history: "Genopretningsplan godkendt".</summary>
    public static string Haendelse(this Sagshandlingstype type) => type switch
    {
        Sagshandlingstype.Aabn => "Sag åbnet",
        Sagshandlingstype.IndsendRedegoerelse => "Redegørelse indsendt",
        Sagshandlingstype.IndsendGenopretningsplan => "Genopretningsplan indsendt",
        Sagshandlingstype.GodkendPlan => "Genopretningsplan godkendt",
        Sagshandlingstype.AfvisPlan => "Genopretningsplan afvist og sendt tilbage",
        Sagshandlingstype.RegistrerSagsgennemgang => "Uvildig sagsgennemgang registreret",
        Sagshandlingstype.StartGenopretning => "Genopretningsperiode startet",
        Sagshandlingstype.ForlaengGenopretning => "Genopretningsperiode forlænget",
        Sagshandlingstype.SaetUnderAdministration => "Sat under administration",
        Sagshandlingstype.Afslut => "Sag afsluttet",
        Sagshandlingstype.FlytFrist => "Frist forlænget",
        Sagshandlingstype.RegistrerEksterntDokument => "Dokument modtaget uden for systemet registreret",
        Sagshandlingstype.Tilbagekald => "Sag tilbagekaldt",
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, null),
    };

    /// <summary>Actions that cannot be undone: the page asks for confirmation before carrying them out.</summary>
    public static bool ErUigenkaldelig(this Sagshandlingstype type) =>
        type is Sagshandlingstype.Afslut or Sagshandlingstype.Tilbagekald or Sagshandlingstype.SaetUnderAdministration;
}
