namespace JobcenterTilsyn.Data.Entities;

/// <summary>One imported row of samtaler.csv. Keyed by its own values: identical rows are stored once.</summary>
public sealed class SamtaleEntity
{
    public required string PersonId { get; set; }

    public short Kommunekode { get; set; }

    public DateOnly Dato { get; set; }

    public int ImportBatchId { get; set; }
}
