namespace JobcenterTilsyn.Data.Entities;

/// <summary>
/// A stored outlook figure (rules.md §11): as of a status month, one municipality's count heading for goal A or B in
/// one of the three coming months, on the data as known on the status day.
/// </summary>
public sealed class UdsigtEntity
{
    /// <summary>First day of the status month M0.</summary>
    public DateOnly StatusMaaned { get; set; }

    /// <summary>First day of the coming month M (M0+1..M0+3).</summary>
    public DateOnly Maaned { get; set; }

    public short Kommunekode { get; set; }

    /// <summary>The Maal enum value (A or B).</summary>
    public short Maal { get; set; }

    public int Naevner { get; set; }

    public int HarTilbud { get; set; }

    /// <summary>The threshold of the rule set in force on last(M), stored so exports never re-derive it.</summary>
    public double Graense { get; set; }

    public required string Regelsaet { get; set; }

    public long BeregningId { get; set; }

    public DateTimeOffset Beregnet { get; set; }
}
