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

    /// <summary>The model and uncertainty method, e.g. "ols-1/pboot-1/B2000/seed20250630" (null before it was stored).</summary>
    public string? Modelversion { get; set; }

    /// <summary>The rule set in force on the period's last day (null before it was stored).</summary>
    public string? Regelsaet { get; set; }

    public long BeregningId { get; set; }

    public DateTimeOffset Beregnet { get; set; }
}
