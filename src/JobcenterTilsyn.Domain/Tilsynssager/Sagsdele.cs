namespace JobcenterTilsyn.Domain.Tilsynssager;

/// <summary>A text the municipality submitted (redegørelse or genopretningsplan): by whom and when.</summary>
public sealed record Indsendelse(string Tekst, DateTimeOffset Indsendt, string Af);

/// <summary>The independent case review (uvildig sagsgennemgang): who did it, which areas it covered, when.</summary>
public sealed record Sagsgennemgang(string UdfoertAf, string Omraader, DateOnly Dato);

/// <summary>What was recorded when the municipality was put under administration.</summary>
public sealed record Administrationsgrundlag(string Minimumsmaal, string PassiveSagerGennemgang);

/// <summary>
/// One entry of a case's append-only history: who, when, from-state, to-state (equal for an action that keeps the
/// state), why, and the step of the case it (and its attachments) belongs to.
/// </summary>
public sealed record Sagshaendelse(
    DateTimeOffset Tidspunkt,
    string Bruger,
    Adgang.Rolle Rolle,
    Sagshandlingstype Handling,
    Sagstilstand? Fra,
    Sagstilstand Til,
    string Begrundelse,
    string? Detaljer,
    Sagstrin Trin)
{
    /// <summary>Whether the entry moved the case to another state (not an action like a moved deadline).</summary>
    public bool ErOvergang => Fra != Til;
}
