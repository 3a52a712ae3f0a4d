using System.Globalization;

namespace JobcenterTilsyn.Web.Components.UI;

/// <summary>
/// The one place person counts are written for people (rules.md §10, discretion): under discretion a count of
/// 1–4 persons is shown as "&lt; 5". Every page and export of counts goes through here.
/// </summary>
public static class Antal
{
    public const int Graense = 5;

    public static string Vis(int antal, bool diskretion) =>
        diskretion && antal is > 0 and < Graense
            ? "< " + Graense.ToString(CultureInfo.InvariantCulture)
            : antal.ToString("N0", Tal.Dansk);
}
