namespace JobcenterTilsyn.Data.Entities;

/// <summary>A municipality's stored annual designation (rules.md §8) with what it was based on.</summary>
public sealed class UdpegningEntity
{
    public int Aar { get; set; }

    public short Kommunekode { get; set; }

    /// <summary>udpeget, risikozone, forbedret or ingen.</summary>
    public required string Kategori { get; set; }

    public bool ResultatKriterie { get; set; }

    public bool IndsatsKriterie { get; set; }

    public int ATaeller { get; set; }

    public int ANaevner { get; set; }

    public int BTaeller { get; set; }

    public int BNaevner { get; set; }

    public double GraenseA { get; set; }

    public double GraenseB { get; set; }

    public int Rang { get; set; }

    public int AntalKommuner { get; set; }

    public required string Regelsaet { get; set; }

    public long BeregningId { get; set; }

    public DateTimeOffset Beregnet { get; set; }
}
