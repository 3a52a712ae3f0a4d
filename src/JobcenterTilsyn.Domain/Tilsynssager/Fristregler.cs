namespace JobcenterTilsyn.Domain.Tilsynssager;

/// <summary>
/// How long the municipality has, counted in days from the day the case is opened: the redegørelse is due
/// after <see cref="RedegoerelseDage"/> (default 4 weeks), the genopretningsplan after <see cref="PlanDage"/>
/// (default 8 weeks). The deadlines are fixed on the case when it opens; changing these later does not move them.
/// </summary>
public sealed record Fristregler(int RedegoerelseDage = 28, int PlanDage = 56)
{
    public static Fristregler Standard { get; } = new();

    public IEnumerable<string> Valideringsfejl()
    {
        if (RedegoerelseDage <= 0) yield return "Fristen for redegørelsen skal være mindst 1 dag.";
        if (PlanDage < RedegoerelseDage) yield return "Fristen for genopretningsplanen må ikke komme før fristen for redegørelsen.";
    }
}

/// <summary>Which deadline of a case.</summary>
public enum Fristtype
{
    Redegoerelse,
    Genopretningsplan,
    GenopretningsperiodensSlut,
}

/// <summary>Where a deadline stands.</summary>
public enum Friststatus
{
    /// <summary>Still to be met; overdue after its day.</summary>
    Aaben,

    /// <summary>Met: the text was submitted (and not sent back), or for the recovery period: decided (under administration).</summary>
    Opfyldt,

    /// <summary>The case ended (closed or withdrawn) before the deadline was met: nothing is due any more.</summary>
    Lukket,
}

/// <summary>One deadline of a case and where it stands.</summary>
public sealed record Sagsfrist(Fristtype Type, DateOnly Dato, Friststatus Status)
{
    public string Navn => Type switch
    {
        Fristtype.Redegoerelse => "Redegørelse",
        Fristtype.Genopretningsplan => "Genopretningsplan",
        Fristtype.GenopretningsperiodensSlut => "Genopretningsperiodens slut",
        _ => throw new InvalidOperationException(),
    };

    public bool Opfyldt => Status == Friststatus.Opfyldt;

    /// <summary>Overdue from the day after the deadline while it is still open.</summary>
    public bool Overskredet(DateOnly idag) => Status == Friststatus.Aaben && idag > Dato;
}
