using System.Globalization;
using JobcenterTilsyn.Domain.Tid;

namespace JobcenterTilsyn.Web.Components.UI;

/// <summary>
/// The app's one clock: every stored instant (UTC) is shown in Danish time (Europe/Copenhagen, summer time
/// included) as "5. dec. 2026 kl. 17.27", whatever the server's or browser's zone.
/// </summary>
public static class DanskTidspunkt
{
    // Spelled out rather than taken from the culture: ICU and NLS disagree on Danish abbreviations ("maj" vs "maj.").
    private static readonly string[] Maaneder = ["jan.", "feb.", "mar.", "apr.", "maj", "jun.", "jul.", "aug.", "sep.", "okt.", "nov.", "dec."];

    public static string Vis(DateTimeOffset tidspunkt)
    {
        var lokal = DanskTid.Lokal(tidspunkt);
        return string.Create(CultureInfo.InvariantCulture,
            $"{lokal.Day}. {Maaneder[lokal.Month - 1]} {lokal.Year} kl. {lokal.Hour:00}.{lokal.Minute:00}");
    }

    /// <summary>A <see cref="DateTime"/> from the database: UTC, whether or not its kind says so.</summary>
    public static string Vis(DateTime utc) => Vis(new DateTimeOffset(DateTime.SpecifyKind(utc, DateTimeKind.Utc)));

    public static string Vis(DateTimeOffset? tidspunkt, string ellers) => tidspunkt is { } t ? Vis(t) : ellers;

    /// <summary>The instant for a <c>&lt;time datetime&gt;</c> attribute (ISO 8601, UTC).</summary>
    public static string Maskinlaesbar(DateTimeOffset tidspunkt) =>
        tidspunkt.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm'Z'", CultureInfo.InvariantCulture);
}
