namespace JobcenterTilsyn.Domain.Registre;

/// <summary>One row of ydelsesforloeb.csv. <c>Slut</c> null means the period runs on without end.</summary>
public sealed record Ydelsesperiode(string PersonId, short Kommunekode, Ydelsesgruppe Gruppe, DateOnly Start, DateOnly? Slut);
