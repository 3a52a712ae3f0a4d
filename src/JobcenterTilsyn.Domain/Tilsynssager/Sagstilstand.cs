namespace JobcenterTilsyn.Domain.Tilsynssager;

/// <summary>The states of a supervision case (rules.md §9).</summary>
public enum Sagstilstand
{
    Udpeget,
    RedegoerelseModtaget,
    PlanGodkendt,
    Genopretning,
    UnderAdministration,
    Afsluttet,
}

/// <summary>The states' codes as stored and their Danish display names.</summary>
public static class SagstilstandKoder
{
    public static IReadOnlyList<Sagstilstand> Alle { get; } = Enum.GetValues<Sagstilstand>();

    /// <summary>The code of rules.md §9, e.g. <c>redegoerelse_modtaget</c>.</summary>
    public static string Kode(this Sagstilstand tilstand) => tilstand switch
    {
        Sagstilstand.Udpeget => "udpeget",
        Sagstilstand.RedegoerelseModtaget => "redegoerelse_modtaget",
        Sagstilstand.PlanGodkendt => "plan_godkendt",
        Sagstilstand.Genopretning => "genopretning",
        Sagstilstand.UnderAdministration => "under_administration",
        Sagstilstand.Afsluttet => "afsluttet",
        _ => throw new ArgumentOutOfRangeException(nameof(tilstand), tilstand, null),
    };

    /// <summary>Lower-case Danish name, as messages quote it: 'redegørelse modtaget'.</summary>
    public static string Tekst(this Sagstilstand tilstand) => tilstand switch
    {
        Sagstilstand.Udpeget => "udpeget",
        Sagstilstand.RedegoerelseModtaget => "redegørelse modtaget",
        Sagstilstand.PlanGodkendt => "plan godkendt",
        Sagstilstand.Genopretning => "genopretning",
        Sagstilstand.UnderAdministration => "under administration",
        Sagstilstand.Afsluttet => "afsluttet",
        _ => throw new ArgumentOutOfRangeException(nameof(tilstand), tilstand, null),
    };

    /// <summary>Danish name with a capital letter, for labels and chips.</summary>
    public static string Overskrift(this Sagstilstand tilstand)
    {
        var tekst = tilstand.Tekst();
        return char.ToUpperInvariant(tekst[0]) + tekst[1..];
    }

    public static Sagstilstand Fra(string kode) =>
        Alle.Where(t => t.Kode() == kode).Select(t => (Sagstilstand?)t).FirstOrDefault()
        ?? throw new ArgumentException($"Unknown case state code '{kode}'.", nameof(kode));

    /// <summary>Every state but <see cref="Sagstilstand.Afsluttet"/> is an open case.</summary>
    public static bool ErAaben(this Sagstilstand tilstand) => tilstand != Sagstilstand.Afsluttet;
}
