namespace JobcenterTilsyn.Domain.Benchmark;

/// <summary>How the uncertainty of a benchmark is computed: replicate count and the fixed seed that makes figures reproduce.</summary>
public sealed record Bootstrapindstilling(int Antal, int Seed, double Niveau)
{
    /// <summary>2,000 replicates put the 5 % and 95 % rang quantiles within about ±1 rang of their limit.</summary>
    public static readonly Bootstrapindstilling Standard = new(2000, 20_250_630, 0.90);

    /// <summary>Stored with every benchmark model, so a changed method shows in the history.</summary>
    public string Version => $"ols-1/pboot-1/B{Antal}/seed{Seed}";
}
