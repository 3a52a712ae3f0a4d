namespace JobcenterTilsyn.Data.ApiNoegler;

/// <summary>An API key for scripts, bound to a role (and a municipality for a Jobcenterchef). Only the key's SHA-256 is stored.</summary>
public sealed class ApiNoegleEntity
{
    public long Id { get; set; }

    public required string Navn { get; set; }

    /// <summary>Lower-case hex SHA-256 of the secret; the secret itself is shown once and never stored.</summary>
    public required string Hash { get; set; }

    /// <summary>The first characters of the secret, so an administrator can tell keys apart without the secret.</summary>
    public required string Praefiks { get; set; }

    /// <summary>A role name of <see cref="Domain.Adgang.Roller"/>.</summary>
    public required string Rolle { get; set; }

    public short? Kommunekode { get; set; }

    public required string OprettetAf { get; set; }

    public DateTimeOffset Oprettet { get; set; }

    public DateTimeOffset? SidstBrugt { get; set; }

    public DateTimeOffset? Tilbagekaldt { get; set; }

    public string? TilbagekaldtAf { get; set; }
}
