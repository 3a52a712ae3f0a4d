namespace JobcenterTilsyn.Domain.Registre;

/// <summary>One row of samtaler.csv: a conversation held on <c>Dato</c>.</summary>
public sealed record Samtale(string PersonId, short Kommunekode, DateOnly Dato);
