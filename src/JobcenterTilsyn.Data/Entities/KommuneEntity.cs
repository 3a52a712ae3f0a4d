namespace JobcenterTilsyn.Data.Entities;

/// <summary>A municipality as stored (reference data seeded from kommuner.csv).</summary>
public sealed class KommuneEntity
{
    public short Kommunekode { get; set; }

    public required string Navn { get; set; }

    public required string Region { get; set; }

    public int Indbyggere { get; set; }
}
