namespace JobcenterTilsyn.Data.Entities;

/// <summary>One computation run (measures, benchmark, designation): when, by whom, over what.</summary>
public sealed class BeregningEntity
{
    public long Id { get; set; }

    public required string Art { get; set; }

    public required string Omfang { get; set; }

    public DateTimeOffset Startet { get; set; }

    public DateTimeOffset? Afsluttet { get; set; }

    public required string StartetAf { get; set; }

    public long PersonerLaest { get; set; }

    public string? Fejl { get; set; }
}
