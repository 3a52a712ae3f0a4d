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

/// <summary>One deadline of a case and whether it has been met (submitted, or for the recovery period: decided).</summary>
public sealed record Sagsfrist(Fristtype Type, DateOnly Dato, bool Opfyldt)
{
    public string Navn => Type switch
    {
        Fristtype.Redegoerelse => "Redegørelse",
        Fristtype.Genopretningsplan => "Genopretningsplan",
        Fristtype.GenopretningsperiodensSlut => "Genopretningsperiodens slut",
        _ => throw new InvalidOperationException(),
    };

    /// <summary>Overdue from the day after the deadline while it is still unmet.</summary>
    public bool Overskredet(DateOnly idag) => !Opfyldt && idag > Dato;
}
