namespace JobcenterTilsyn.Domain.Tilsynssager;

/// <summary>
/// The step of a case a history entry (and so its attachments) belongs to. Derived from the action, except for a
/// document received outside the system, where the administrator says which step it belongs to.
/// </summary>
public enum Sagstrin
{
    Aabning,
    Redegoerelse,
    Genopretningsplan,
    Sagsgennemgang,
    Genopretning,
    Administration,
    Afslutning,
}

public static class SagstrinKoder
{
    public static IReadOnlyList<Sagstrin> Alle { get; } = Enum.GetValues<Sagstrin>();

    public static string Kode(this Sagstrin trin) => trin switch
    {
        Sagstrin.Aabning => "aabning",
        Sagstrin.Redegoerelse => "redegoerelse",
        Sagstrin.Genopretningsplan => "genopretningsplan",
        Sagstrin.Sagsgennemgang => "sagsgennemgang",
        Sagstrin.Genopretning => "genopretning",
        Sagstrin.Administration => "administration",
        Sagstrin.Afslutning => "afslutning",
        _ => throw new ArgumentOutOfRangeException(nameof(trin), trin, null),
    };

    public static Sagstrin Fra(string kode) =>
        Alle.Where(t => t.Kode() == kode).Select(t => (Sagstrin?)t).FirstOrDefault()
        ?? throw new ArgumentException($"Unknown case step code '{kode}'.", nameof(kode));

    /// <summary>Danish name, e.g. "Uvildig sagsgennemgang".</summary>
    public static string Navn(this Sagstrin trin) => trin switch
    {
        Sagstrin.Aabning => "Åbning",
        Sagstrin.Redegoerelse => "Redegørelse",
        Sagstrin.Genopretningsplan => "Genopretningsplan",
        Sagstrin.Sagsgennemgang => "Uvildig sagsgennemgang",
        Sagstrin.Genopretning => "Genopretningsperiode",
        Sagstrin.Administration => "Administration",
        Sagstrin.Afslutning => "Afslutning",
        _ => throw new ArgumentOutOfRangeException(nameof(trin), trin, null),
    };

    /// <summary>The step an action belongs to when nobody chose one.</summary>
    public static Sagstrin For(Sagshandlingstype handling) => handling switch
    {
        Sagshandlingstype.Aabn => Sagstrin.Aabning,
        Sagshandlingstype.IndsendRedegoerelse => Sagstrin.Redegoerelse,
        Sagshandlingstype.IndsendGenopretningsplan or Sagshandlingstype.GodkendPlan or Sagshandlingstype.AfvisPlan => Sagstrin.Genopretningsplan,
        Sagshandlingstype.RegistrerSagsgennemgang => Sagstrin.Sagsgennemgang,
        Sagshandlingstype.StartGenopretning or Sagshandlingstype.ForlaengGenopretning => Sagstrin.Genopretning,
        Sagshandlingstype.SaetUnderAdministration => Sagstrin.Administration,
        Sagshandlingstype.Afslut or Sagshandlingstype.Tilbagekald => Sagstrin.Afslutning,
        // A moved deadline or an outside document names its step itself; this is only the fallback.
        Sagshandlingstype.FlytFrist or Sagshandlingstype.RegistrerEksterntDokument => Sagstrin.Aabning,
        _ => throw new ArgumentOutOfRangeException(nameof(handling), handling, null),
    };
}
