namespace JobcenterTilsyn.Domain.Registre;

/// <summary>One row of rammevilkaar.csv: a framework condition of a municipality in a year.</summary>
public sealed record Rammevilkaar(int Aar, short Kommunekode, string Variabel, double Vaerdi)
{
    /// <summary>The population variable that every benchmarked municipality must have.</summary>
    public const string Befolkning = "befolkning_16_66";
}
