using System.Globalization;

namespace JobcenterTilsyn.Domain.Adgang;

/// <summary>
/// Discretion (rules.md §10): a figure over fewer than 5 persons is shown as "&lt; 5" to every role but the
/// administrator, in the UI and in the API. Taken literally, 0 is fewer than 5 too. A share is a figure over
/// its denominator's persons, so it is hidden when the denominator is below 5.
/// </summary>
public static class Diskretion
{
    /// <summary>The smallest number of persons a figure shown to non-administrators may rest on.</summary>
    public const int Graense = 5;

    /// <summary>What is shown instead of a hidden figure.</summary>
    public const string Skjult = "< 5";

    /// <summary>Whether a figure over <paramref name="antalPersoner"/> persons must be hidden from this viewer.</summary>
    public static bool SkalSkjules(long antalPersoner, bool erAdministrator) =>
        !erAdministrator && antalPersoner < Graense;

    /// <summary>A count of persons as text: "&lt; 5" when hidden, else with Danish thousands separators ("1.234").</summary>
    public static string Vis(long antal, bool erAdministrator, IFormatProvider? format = null) =>
        SkalSkjules(antal, erAdministrator) ? Skjult : antal.ToString("N0", format ?? CultureInfo.CurrentCulture);

    /// <summary>The count itself, or null when hidden (for API responses: null plus a flag, never the number).</summary>
    public static long? Tal(long antal, bool erAdministrator) =>
        SkalSkjules(antal, erAdministrator) ? null : antal;

    /// <summary>
    /// A share taeller ÷ naevner as a percentage text ("72,5 %"): "&lt; 5" when the denominator is hidden,
    /// "–" when it is 0 for an administrator.
    /// </summary>
    public static string VisAndel(long taeller, long naevner, bool erAdministrator, int decimaler = 1, IFormatProvider? format = null)
    {
        if (SkalSkjules(naevner, erAdministrator)) return Skjult;
        if (naevner == 0) return "–";
        var procent = 100m * taeller / naevner;
        return procent.ToString("N" + decimaler.ToString(CultureInfo.InvariantCulture), format ?? CultureInfo.CurrentCulture) + " %";
    }
}
