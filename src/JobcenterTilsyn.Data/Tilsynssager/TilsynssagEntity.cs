using JobcenterTilsyn.Domain.Tilsynssager;

namespace JobcenterTilsyn.Data.Tilsynssager;

/// <summary>A supervision case as stored: the current values of <see cref="Tilsynssag"/>; the history is its own table.</summary>
public sealed class TilsynssagEntity
{
    public long Id { get; set; }

    public short Kommunekode { get; set; }

    public int Aar { get; set; }

    public Sagstilstand Tilstand { get; set; }

    // The designation the case was opened from, copied from table udpegning.
    public required string GrundlagKategori { get; set; }

    public bool GrundlagResultatKriterie { get; set; }

    public bool GrundlagIndsatsKriterie { get; set; }

    public int GrundlagRang { get; set; }

    public int GrundlagAntalKommuner { get; set; }

    public required string GrundlagRegelsaet { get; set; }

    public DateTimeOffset GrundlagBeregnet { get; set; }

    public DateTimeOffset Aabnet { get; set; }

    public required string AabnetAf { get; set; }

    public DateOnly RedegoerelseFrist { get; set; }

    public DateOnly PlanFrist { get; set; }

    public DateOnly? GenopretningSlut { get; set; }

    public string? Redegoerelse { get; set; }

    public DateTimeOffset? RedegoerelseIndsendt { get; set; }

    public string? RedegoerelseIndsendtAf { get; set; }

    public string? Genopretningsplan { get; set; }

    public DateTimeOffset? PlanIndsendt { get; set; }

    public string? PlanIndsendtAf { get; set; }

    public string? SagsgennemgangUdfoertAf { get; set; }

    public string? SagsgennemgangOmraader { get; set; }

    public DateOnly? SagsgennemgangDato { get; set; }

    public string? Minimumsmaal { get; set; }

    public string? PassiveSagerGennemgang { get; set; }

    public DateTimeOffset? Afsluttet { get; set; }

    /// <summary>Set on every change, so every action updates the row and so meets the concurrency check.</summary>
    public DateTimeOffset SenestAendret { get; set; }

    /// <summary>PostgreSQL's xmin: changes with every update of the row; the optimistic concurrency token.</summary>
    public uint Version { get; set; }

    public List<TilsynssagHaendelseEntity> Historik { get; set; } = [];
}
