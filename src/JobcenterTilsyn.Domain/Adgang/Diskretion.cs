using System.Globalization;
using JobcenterTilsyn.Domain.Fokusmaal;

namespace JobcenterTilsyn.Domain.Adgang;

/// <summary>
/// Discretion (rules.md §10): for every role but the administrator, a count of 1–4 persons is never shown or
/// derivable, on any surface. This is the one place that decides what of a figure is disclosed; pages, charts,
/// the JSON API, the Excel exports and the report show only what <see cref="Oplys(Maaltal, bool)"/> returns.
/// <list type="bullet">
/// <item>naevner 1–4: taeller, naevner, share, met/not-met and mangler are withheld;</item>
/// <item>naevner ≥ 5 and taeller 1–4 or naevner − taeller 1–4: naevner is shown, the rest withheld
/// (the complement would reveal the small group);</item>
/// <item>0 is shown: it describes nobody.</item>
/// </list>
/// </summary>
public static class Diskretion
{
    /// <summary>The smallest number of persons a figure shown to non-administrators may describe.</summary>
    public const int Graense = 5;

    /// <summary>What is shown instead of a withheld figure.</summary>
    public const string Skjult = "< 5";

    /// <summary>A group of 1–4 persons: too small to describe to anyone but an administrator.</summary>
    public static bool ErLilleGruppe(long antalPersoner) => antalPersoner is > 0 and < Graense;

    /// <summary>Whether a count of <paramref name="antalPersoner"/> must be withheld from this viewer.</summary>
    public static bool SkalSkjules(long antalPersoner, bool erAdministrator) =>
        !erAdministrator && ErLilleGruppe(antalPersoner);

    /// <summary>A count of persons as text: "&lt; 5" when withheld, else with Danish thousands separators ("1.234").</summary>
    public static string Vis(long antal, bool erAdministrator, IFormatProvider? format = null) =>
        SkalSkjules(antal, erAdministrator) ? Skjult : antal.ToString("N0", format ?? CultureInfo.CurrentCulture);

    /// <summary>What of a goal's figure this viewer may see.</summary>
    public static OplystMaaltal Oplys(Maaltal tal, bool erAdministrator)
    {
        if (erAdministrator) return OplystMaaltal.Helt(tal);
        if (ErLilleGruppe(tal.Naevner)) return new OplystMaaltal(null, null, null, tal.Graense, null, null, Skjult: true);
        if (ErLilleGruppe(tal.Taeller) || ErLilleGruppe(tal.Naevner - tal.Taeller))
            return new OplystMaaltal(null, tal.Naevner, null, tal.Graense, null, null, Skjult: true);
        return OplystMaaltal.Helt(tal);
    }

    /// <summary>
    /// The counts of an outlook row (rules.md §10): naevner, har_tilbud and uden_tilbud each by the count rule (with
    /// the complement: naevner's small split withholds both parts); noedvendige whenever either part is withheld.
    /// </summary>
    public static OplystUdsigt Oplys(int naevner, int harTilbud, int udenTilbud, int noedvendige, bool erAdministrator)
    {
        if (erAdministrator) return new OplystUdsigt(naevner, harTilbud, udenTilbud, noedvendige, false);
        var skjulNaevner = ErLilleGruppe(naevner);
        var skjulDele = skjulNaevner || ErLilleGruppe(harTilbud) || ErLilleGruppe(udenTilbud);
        return new OplystUdsigt(
            skjulNaevner ? null : naevner,
            skjulDele ? null : harTilbud,
            skjulDele ? null : udenTilbud,
            skjulDele ? null : noedvendige,
            skjulDele);
    }
}

/// <summary>A goal's figure as disclosed to one viewer: a withheld part is null and <see cref="Skjult"/> is set.</summary>
public sealed record OplystMaaltal(int? Taeller, int? Naevner, double? Andel, double? Graense, bool? Opfyldt, int? Mangler, bool Skjult)
{
    public static OplystMaaltal Helt(Maaltal tal) =>
        new(tal.Taeller, tal.Naevner, tal.Andel, tal.Graense, tal.Opfyldt, tal.Mangler, Skjult: false);

    /// <summary>Below its threshold on what is disclosed: a withheld figure is never marked or filtered as under.</summary>
    public bool UnderMaal => Opfyldt == false;
}

/// <summary>An outlook row's counts as disclosed to one viewer (rules.md §10, §11).</summary>
public sealed record OplystUdsigt(int? Naevner, int? HarTilbud, int? UdenTilbud, int? Noedvendige, bool Skjult);
