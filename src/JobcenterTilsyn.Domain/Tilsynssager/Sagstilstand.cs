namespace JobcenterTilsyn.Domain.Tilsynssager;

/// <summary>The states of a supervision case (rules.md §9).</summary>
public enum Sagstilstand
{
    /// <summary>The first state, whatever the designation category was (that is stored beside it, see <see cref="Sagsgrundlag"/>).</summary>
    Aabnet,
    RedegoerelseModtaget,

    /// <summary>A plan is submitted and awaits the administrator's approval or rejection.</summary>
    PlanModtaget,
    PlanGodkendt,
    Genopretning,
    UnderAdministration,
    Afsluttet,

    /// <summary>Withdrawn by an administrator (e.g. opened by mistake); ends the case like <see cref="Afsluttet"/>.</summary>
    Tilbagekaldt,
}

/// <summary>The states' codes as stored and their Danish display names.</summary>
public static class SagstilstandKoder
{
    public static IReadOnlyList<Sagstilstand> Alle { get; } = Enum.GetValues<Sagstilstand>();

    /// <summary>The states that end a case.</summary>
    public static IReadOnlyList<Sagstilstand> Afsluttende { get; } = [Sagstilstand.Afsluttet, Sagstilstand.Tilbagekaldt];

    /// <summary>The code of rules.md §9, e.g. <c>redegoerelse_modtaget</c>.</summary>
    public static string Kode(this Sagstilstand tilstand) => tilstand switch
    {
        Sagstilstand.Aabnet => "aabnet",
        Sagstilstand.RedegoerelseModtaget => "redegoerelse_modtaget",
        Sagstilstand.PlanModtaget => "plan_modtaget",
        Sagstilstand.PlanGodkendt => "plan_godkendt",
        Sagstilstand.Genopretning => "genopretning",
        Sagstilstand.UnderAdministration => "under_administration",
        Sagstilstand.Afsluttet => "afsluttet",
        Sagstilstand.Tilbagekaldt => "tilbagekaldt",
        _ => throw new ArgumentOutOfRangeException(nameof(tilstand), tilstand, null),
    };

    /// <summary>Lower-case Danish name, as messages quote it: 'redegørelse modtaget'.</summary>
    public static string Tekst(this Sagstilstand tilstand) => tilstand switch
    {
        Sagstilstand.Aabnet => "åbnet",
        Sagstilstand.RedegoerelseModtaget => "redegørelse modtaget",
        Sagstilstand.PlanModtaget => "plan modtaget",
        Sagstilstand.PlanGodkendt => "plan godkendt",
        Sagstilstand.Genopretning => "genopretning",
        Sagstilstand.UnderAdministration => "under administration",
        Sagstilstand.Afsluttet => "afsluttet",
        Sagstilstand.Tilbagekaldt => "tilbagekaldt",
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

    /// <summary>Every state but <see cref="Sagstilstand.Afsluttet"/> and <see cref="Sagstilstand.Tilbagekaldt"/> is an open case.</summary>
    public static bool ErAaben(this Sagstilstand tilstand) => !Afsluttende.Contains(tilstand);
}
