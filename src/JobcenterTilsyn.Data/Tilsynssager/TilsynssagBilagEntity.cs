namespace JobcenterTilsyn.Data.Tilsynssager;

/// <summary>A PDF submitted with the redegørelse or the plan, tied to the history entry it came with.</summary>
public sealed class TilsynssagBilagEntity
{
    public long Id { get; set; }

    public long SagId { get; set; }

    public long HaendelseId { get; set; }

    public required string Filnavn { get; set; }

    public required string ContentType { get; set; }

    public long Stoerrelse { get; set; }

    public required byte[] Indhold { get; set; }

    public DateTimeOffset Uploadet { get; set; }

    public required string UploadetAf { get; set; }
}
