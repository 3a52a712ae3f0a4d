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

/// <summary>The municipality's genopretningsplan; submitted again after a rejection, never after approval.</summary>
public sealed record IndsendGenopretningsplan(string Tekst, string? Begrundelse = null) : Sagshandling
{
    public override Sagshandlingstype Type => Sagshandlingstype.IndsendGenopretningsplan;
}

public sealed record GodkendPlan(string? Begrundelse) : Sagshandling
{
    public override Sagshandlingstype Type => Sagshandlingstype.GodkendPlan;
}

/// <summary>Sends the submitted plan back; the justification is the reason the municipality reads.</summary>
public sealed record AfvisPlan(string? Begrundelse) : Sagshandling
{
    public override Sagshandlingstype Type => Sagshandlingstype.AfvisPlan;
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

/// <summary>Moves the deadline of the redegørelse or the plan to a later day (the recovery period has its own extension).</summary>
public sealed record FlytFrist(Fristtype Frist, DateOnly NyDato, string? Begrundelse) : Sagshandling
{
    public override Sagshandlingstype Type => Sagshandlingstype.FlytFrist;
}

/// <summary>A document that reached the ministry outside the system (letter, e-mail): what it is, when it came, which step.</summary>
public sealed record RegistrerEksterntDokument(string Beskrivelse, DateOnly Modtaget, Sagstrin Trin, string? Begrundelse) : Sagshandling
{
    public override Sagshandlingstype Type => Sagshandlingstype.RegistrerEksterntDokument;
}

/// <summary>Withdraws the case in any open state; ends it.</summary>
public sealed record Tilbagekald(string? Begrundelse) : Sagshandling
{
    public override Sagshandlingstype Type => Sagshandlingstype.Tilbagekald;
}
