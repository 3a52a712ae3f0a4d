namespace JobcenterTilsyn.Data.Entities;

/// <summary>A stored monthly figure of one focus goal or indicator for one municipality.</summary>
public sealed class MaalresultatEntity
{
    /// <summary>First day of the measurement month.</summary>
    public DateOnly Maaned { get; set; }

    public short Kommunekode { get; set; }

    /// <summary>The Maal enum value.</summary>
    public short Maal { get; set; }

    public int Taeller { get; set; }

    public int Naevner { get; set; }

    /// <summary>The threshold in force (null for indicators without one), stored so exports never re-derive it.</summary>
    public double? Graense { get; set; }

    public required string Regelsaet { get; set; }

    public long BeregningId { get; set; }

    public DateTimeOffset Beregnet { get; set; }
}
