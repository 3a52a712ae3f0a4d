using JobcenterTilsyn.Domain.Tid;
using JobcenterTilsyn.Web.Components.UI;

namespace JobcenterTilsyn.Web.Components.Pages.Overblik;

/// <summary>What an export of the overview records about itself: the month, the rule sets, the filter and sort shown, and when it was taken.</summary>
public sealed record OverblikUdtraek(Maaned Maaned, IReadOnlyList<string> Regelsaet, OverblikFilter Filter, OverblikSortering? Sortering, DateTimeOffset Udtrukket)
{
    /// <summary>
    /// The time of extraction in Danish time, "5. dec. 2026 kl. 17.27". The one place the export formats a timestamp:
    /// replace with the shared Danish-time formatter when it lands.
    /// </summary>
    public string UdtrukketTekst => DanskTidspunkt.Vis(Udtrukket);

    /// <summary>The header block's lines as (label, value), the same in the CSV and in the workbook's second sheet.</summary>
    public IReadOnlyList<(string Navn, string Vaerdi)> Hoved(int antalRaekker) =>
    [
        ("Udtræk", "JobcenterTilsyn – Overblik over fokusmål og resultater"),
        ("Måned", Maanedsnavn.Vis(Maaned) + " (" + Maaned + ")"),
        ("Regelsæt", Regelsaet.Count > 0 ? string.Join(", ", Regelsaet) : Tal.Mangler),
        ("Filtre", Filter.Beskrivelse() is { Count: > 0 } f ? string.Join(" · ", f) : "Ingen (alle kommuner)"),
        ("Sortering", Sortering?.Beskrivelse ?? "Kommunekode (standard)"),
        ("Kommuner", antalRaekker.ToString(Tal.Dansk)),
        ("Udtrukket", UdtrukketTekst),
        ("Skjulte tal", OverblikExport.SkjultNote),
    ];
}
