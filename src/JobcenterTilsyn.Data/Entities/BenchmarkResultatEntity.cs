namespace JobcenterTilsyn.Data.Entities;

/// <summary>One municipality's stored benchmark position in one område for one period (a calendar year or a rolling 12 months).</summary>
public sealed class BenchmarkResultatEntity
{
    public DateOnly PeriodeFra { get; set; }

    public DateOnly PeriodeTil { get; set; }

    /// <summary>The Omraade enum value.</summary>
    public short Omraade { get; set; }

    public short Kommunekode { get; set; }

    public double Fuldtidspersoner { get; set; }

    public double Befolkning { get; set; }

    public double FaktiskAndel { get; set; }

    public double ForventetAndel { get; set; }

    public double Residual { get; set; }

    /// <summary>Standard error of the fitted value (for residual intervals).</summary>
    public double PrediktionSe { get; set; }

    public int Rang { get; set; }

    public int Klynge { get; set; }

    /// <summary>The three peers in the same klynge with the lowest residual.</summary>
    public short[] LaerAf { get; set; } = [];

    /// <summary>The 90 % interval of the residual (null for results computed before intervals were stored).</summary>
    public double? ResidualLav { get; set; }

    public double? ResidualHoej { get; set; }

    /// <summary>The 90 % interval of the rang from the bootstrap (null for results computed before intervals were stored).</summary>
    public int? RangLav { get; set; }

    public int? RangHoej { get; set; }

    public long BeregningId { get; set; }

    public DateTimeOffset Beregnet { get; set; }
}
