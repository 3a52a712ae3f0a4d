namespace JobcenterTilsyn.Data.Tilsynssager;

/// <summary>
/// What one user had typed on one case, stored so any app instance can give it back (a dropped circuit may
/// reconnect to another instance). The form is opaque JSON to the database; the web tier owns its shape.
/// </summary>
public sealed class SagskladdeEntity
{
    public string Bruger { get; set; } = "";

    public long SagId { get; set; }

    /// <summary>The form's fields as JSON.</summary>
    public string Felter { get; set; } = "";

    /// <summary>The attachments as JSON; rewritten only when <see cref="BilagNoegle"/> changes, not on every keystroke.</summary>
    public string Bilag { get; set; } = "";

    /// <summary>A fingerprint of <see cref="Bilag"/>.</summary>
    public string BilagNoegle { get; set; } = "";

    public DateTimeOffset Gemt { get; set; }
}
