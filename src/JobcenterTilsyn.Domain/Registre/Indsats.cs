namespace JobcenterTilsyn.Domain.Registre;

/// <summary>One row of indsatser.csv: an offer or support given by <c>Kommunekode</c>.</summary>
public sealed record Indsats(string PersonId, short Kommunekode, Indsatstype Type, DateOnly Start, DateOnly? Slut);
