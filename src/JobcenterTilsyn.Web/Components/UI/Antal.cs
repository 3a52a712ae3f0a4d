using JobcenterTilsyn.Domain.Adgang;

namespace JobcenterTilsyn.Web.Components.UI;

/// <summary>
/// The one place person counts are written for people (rules.md §10, discretion): under discretion a count of
/// fewer than 5 persons is shown as "&lt; 5" (<see cref="Diskretion"/>). Every page and export of counts goes through here.
/// </summary>
public static class Antal
{
    public const int Graense = Diskretion.Graense;

    public static string Vis(int antal, bool diskretion) => Diskretion.Vis(antal, erAdministrator: !diskretion, Tal.Dansk);

    /// <summary>Whether a share over <paramref name="naevner"/> persons must be hidden.</summary>
    public static bool SkjulAndel(int naevner, bool diskretion) => Diskretion.SkalSkjules(naevner, erAdministrator: !diskretion);
}
