namespace JobcenterTilsyn.Data.Entities;

/// <summary>One imported row of rammevilkaar.csv: the value of one variable for one municipality and year.</summary>
public sealed class RammevilkaarEntity
{
    public int Aar { get; set; }

    public short Kommunekode { get; set; }

    public required string Variabel { get; set; }

    public double Vaerdi { get; set; }

    public int ImportBatchId { get; set; }
}
