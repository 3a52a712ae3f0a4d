namespace JobcenterTilsyn.Data.Indstillinger;

/// <summary>An administrator's setting (key → invariant-culture text), with who changed it last and when.</summary>
public sealed class IndstillingEntity
{
    public string Noegle { get; set; } = "";

    public string Vaerdi { get; set; } = "";

    public DateTimeOffset Aendret { get; set; }

    public string AendretAf { get; set; } = "";
}
