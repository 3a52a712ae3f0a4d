using JobcenterTilsyn.Domain.Adgang;

namespace JobcenterTilsyn.Web.Components.UI;

/// <summary>
/// How disclosed figures (<see cref="OplystMaaltal"/>, already through <see cref="Diskretion"/>) are written for
/// people: a withheld part reads "&lt; 5", a missing figure "–". Pages never see the counts behind a withheld part.
/// </summary>
public static class Antal
{
    public static string Andel(OplystMaaltal? tal, int decimaler = 1) =>
        tal is null ? Tal.Mangler : tal.Andel is { } a ? Tal.Procent(a, decimaler) : tal.Skjult ? Diskretion.Skjult : Tal.Mangler;

    public static string Taeller(OplystMaaltal? tal) => Del(tal, tal?.Taeller);

    public static string Naevner(OplystMaaltal? tal) => Del(tal, tal?.Naevner);

    public static string Mangler(OplystMaaltal? tal) =>
        tal is null ? Tal.Mangler : tal.Mangler is { } m ? Tal.Heltal(m) : tal.Skjult ? Diskretion.Skjult : Tal.Mangler;

    /// <summary>A plain count of persons: "&lt; 5" for 1–4 under discretion.</summary>
    public static string Vis(long antal, bool diskretion) => Diskretion.Vis(antal, erAdministrator: !diskretion, Tal.Dansk);

    private static string Del(OplystMaaltal? tal, int? del) =>
        tal is null ? Tal.Mangler : del is { } d ? Tal.Heltal(d) : Diskretion.Skjult;
}
