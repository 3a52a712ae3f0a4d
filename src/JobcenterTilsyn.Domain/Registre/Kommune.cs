namespace JobcenterTilsyn.Domain.Registre;

/// <summary>A municipality (kommuner.csv).</summary>
public sealed record Kommune(short Kommunekode, string Navn, string Region, int Indbyggere);
