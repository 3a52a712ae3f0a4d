namespace JobcenterTilsyn.Data.Entities;

/// <summary>The fitted regression of one område and period, so analysts can see what drives the expected share.</summary>
public sealed class BenchmarkModelEntity
{
    public DateOnly PeriodeFra { get; set; }

    public DateOnly PeriodeTil { get; set; }

    public short Omraade { get; set; }

    /// <summary>"(intercept)" first, then the explanatory variables in the order of the coefficients.</summary>
    public string[] Variabler { get; set; } = [];

    public double[] Koefficienter { get; set; } = [];

    public double[] Standardfejl { get; set; } = [];

    public double RKvadrat { get; set; }

    public int N { get; set; }

    public long BeregningId { get; set; }

    public DateTimeOffset Beregnet { get; set; }
}
