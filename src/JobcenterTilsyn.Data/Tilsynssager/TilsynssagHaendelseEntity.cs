using JobcenterTilsyn.Domain.Adgang;
using JobcenterTilsyn.Domain.Tilsynssager;

namespace JobcenterTilsyn.Data.Tilsynssager;

/// <summary>One row of a case's history. Append-only: the database refuses UPDATE, DELETE and TRUNCATE on the table.</summary>
public sealed class TilsynssagHaendelseEntity
{
    public long Id { get; set; }

    public long SagId { get; set; }

    public DateTimeOffset Tidspunkt { get; set; }

    public required string Bruger { get; set; }

    public Rolle Rolle { get; set; }

    public Sagshandlingstype Handling { get; set; }

    public Sagstilstand? FraTilstand { get; set; }

    public Sagstilstand TilTilstand { get; set; }

    public required string Begrundelse { get; set; }

    public string? Detaljer { get; set; }

    /// <summary>The step of the case the entry belongs to; null in rows written before steps were stored (derived from the action).</summary>
    public Sagstrin? Trin { get; set; }

    public List<TilsynssagBilagEntity> Bilag { get; set; } = [];
}
