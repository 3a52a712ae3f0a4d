using JobcenterTilsyn.Domain.Registre;

namespace JobcenterTilsyn.Data.Entities;

/// <summary>One imported row of indsatser.csv. <c>PersonId</c> is always a pseudonym, never a CPR number.</summary>
public sealed class IndsatsEntity
{
    public required string PersonId { get; set; }

    public short Kommunekode { get; set; }

    public Indsatstype Indsatstype { get; set; }

    public DateOnly Startdato { get; set; }

    /// <summary>Inclusive last day; null = still running.</summary>
    public DateOnly? Slutdato { get; set; }

    public int ImportBatchId { get; set; }
}
