namespace JobcenterTilsyn.Domain.Tilsynssager;

/// <summary>What can happen to a case (rules.md §9); each is one entry in its history.</summary>
public enum Sagshandlingstype
{
    /// <summary>Administrator opens the case from a stored designation.</summary>
    Aabn,

    /// <summary>The municipality's manager submits the redegørelse.</summary>
    IndsendRedegoerelse,

    /// <summary>The municipality's manager submits (or resubmits) the genopretningsplan.</summary>
    IndsendGenopretningsplan,

    /// <summary>Administrator approves the submitted plan.</summary>
    GodkendPlan,

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
        Sagshandlingstype.RegistrerSagsgennemgang => "registrer_sagsgennemgang",
        Sagshandlingstype.StartGenopretning => "start_genopretning",
        Sagshandlingstype.ForlaengGenopretning => "forlaeng_genopretning",
        Sagshandlingstype.SaetUnderAdministration => "saet_under_administration",
        Sagshandlingstype.Afslut => "afslut",
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, null),
    };

    public static Sagshandlingstype Fra(string kode) =>
        Alle.Where(t => t.Kode() == kode).Select(t => (Sagshandlingstype?)t).FirstOrDefault()
        ?? throw new ArgumentException($"Unknown case action code '{kode}'.", nameof(kode));

    /// <summary>A Danish title for buttons and the timeline, e.g. "Godkend genopretningsplan".</summary>
    public static string Titel(this Sagshandlingstype type) => type switch
    {
        Sagshandlingstype.Aabn => "Sag åbnet",
        Sagshandlingstype.IndsendRedegoerelse => "Indsend redegørelse",
        Sagshandlingstype.IndsendGenopretningsplan => "Indsend genopretningsplan",
        Sagshandlingstype.GodkendPlan => "Godkend genopretningsplan",
        Sagshandlingstype.RegistrerSagsgennemgang => "Registrér uvildig sagsgennemgang",
        Sagshandlingstype.StartGenopretning => "Start genopretningsperiode",
        Sagshandlingstype.ForlaengGenopretning => "Forlæng genopretningsperiode",
        Sagshandlingstype.SaetUnderAdministration => "Sæt under administration",
        Sagshandlingstype.Afslut => "Afslut sag",
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, null),
    };
}
