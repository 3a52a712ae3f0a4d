namespace JobcenterTilsyn.Domain.Tilsynssager;

/// <summary>A request to change a case, with what the action records. Every action records a justification.</summary>
public abstract record Sagshandling
{
    public abstract Sagshandlingstype Type { get; }

    /// <summary>Why; required for the administrator's decisions, a standard text for the municipality's submissions.</summary>
    public abstract string? Begrundelse { get; init; }
}

/// <summary>The municipality's redegørelse (the manager of that municipality).</summary>
public sealed record IndsendRedegoerelse(string Tekst, string? Begrundelse = null) : Sagshandling
{
    public override Sagshandlingstype Type => Sagshandlingstype.IndsendRedegoerelse;
}

/// <summary>The municipality's genopretningsplan; may be resubmitted until it is approved.</summary>
public sealed record IndsendGenopretningsplan(string Tekst, string? Begrundelse = null) : Sagshandling
{
    public override Sagshandlingstype Type => Sagshandlingstype.IndsendGenopretningsplan;
}

public sealed record GodkendPlan(string? Begrundelse) : Sagshandling
{
    public override Sagshandlingstype Type => Sagshandlingstype.GodkendPlan;
}

public sealed record RegistrerSagsgennemgang(string UdfoertAf, string Omraader, DateOnly Dato, string? Begrundelse) : Sagshandling
{
    public override Sagshandlingstype Type => Sagshandlingstype.RegistrerSagsgennemgang;
}

public sealed record StartGenopretning(DateOnly Slutdato, string? Begrundelse) : Sagshandling
{
    public override Sagshandlingstype Type => Sagshandlingstype.StartGenopretning;
}

public sealed record ForlaengGenopretning(DateOnly NySlutdato, string? Begrundelse) : Sagshandling
{
    public override Sagshandlingstype Type => Sagshandlingstype.ForlaengGenopretning;
}

/// <summary>Records the centrally set minimum goals and the review of all passive cases.</summary>
public sealed record SaetUnderAdministration(string Minimumsmaal, string PassiveSagerGennemgang, string? Begrundelse) : Sagshandling
{
    public override Sagshandlingstype Type => Sagshandlingstype.SaetUnderAdministration;
}

public sealed record Afslut(string? Begrundelse) : Sagshandling
{
    public override Sagshandlingstype Type => Sagshandlingstype.Afslut;
}
