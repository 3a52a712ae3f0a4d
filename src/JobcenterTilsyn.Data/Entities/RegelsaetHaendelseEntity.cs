namespace JobcenterTilsyn.Data.Entities;

/// <summary>One entry of the rule sets' audit trail: who did what to which rule set, when.</summary>
public sealed class RegelsaetHaendelseEntity
{
    public long Id { get; set; }

    public DateTimeOffset Tidspunkt { get; set; }

    public required string Bruger { get; set; }

    /// <summary>tilfoejet, slettet, genberegning_startet, genberegning_afsluttet, genberegning_fejlet.</summary>
    public required string Handling { get; set; }

    public required string Regelsaet { get; set; }

    public string? Detaljer { get; set; }
}
