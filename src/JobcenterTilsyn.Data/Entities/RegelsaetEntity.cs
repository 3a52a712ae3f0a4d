namespace JobcenterTilsyn.Data.Entities;

/// <summary>A stored rule set (rules.md §7). Once used for published figures it is never edited, only superseded.</summary>
public sealed class RegelsaetEntity
{
    public required string Navn { get; set; }

    public DateOnly GyldigFra { get; set; }

    public double GraenseA { get; set; }

    public double GraenseB { get; set; }

    public double? GraenseC { get; set; }

    public double? GraenseD { get; set; }

    /// <summary>Ydelsesgruppe values that count in fokusmål.</summary>
    public short[] TaelledeGrupper { get; set; } = [];

    public int BroDage { get; set; }

    public bool OevoTaellerForAlle { get; set; }

    public bool UddannelseshjaelpUndtagelse { get; set; }

    public double ResultatAndel { get; set; }

    /// <summary>Set when a stored figure was computed with it; from then on it is read-only.</summary>
    public bool Brugt { get; set; }

    public DateTimeOffset Oprettet { get; set; }

    public string OprettetAf { get; set; } = "system";
}
