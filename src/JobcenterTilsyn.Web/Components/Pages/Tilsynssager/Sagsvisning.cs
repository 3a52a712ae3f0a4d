using System.Globalization;
using JobcenterTilsyn.Domain.Tilsynssager;
using MudBlazor;

namespace JobcenterTilsyn.Web.Components.Pages.Tilsynssager;

/// <summary>How the case pages show dates, states, deadlines and sizes.</summary>
public static class Sagsvisning
{
    private static readonly CultureInfo Dansk = CultureInfo.GetCultureInfo("da-DK");

    public static string Dato(DateOnly dato) => dato.ToString("dd-MM-yyyy", CultureInfo.InvariantCulture);

    public static string Dato(DateOnly? dato) => dato is { } d ? Dato(d) : "–";

    /// <summary>The app's one clock (<see cref="UI.DanskTidspunkt"/>), e.g. "2. mar. 2026 kl. 10.15".</summary>
    public static string Tidspunkt(DateTimeOffset tidspunkt) => UI.DanskTidspunkt.Vis(tidspunkt);

    public static Color Farve(Sagstilstand tilstand) => tilstand switch
    {
        Sagstilstand.Udpeget => Color.Warning,
        Sagstilstand.RedegoerelseModtaget => Color.Info,
        Sagstilstand.PlanGodkendt => Color.Info,
        Sagstilstand.Genopretning => Color.Primary,
        Sagstilstand.UnderAdministration => Color.Error,
        Sagstilstand.Afsluttet => Color.Default,
        _ => Color.Default,
    };

    /// <summary>The first deadline still to be met, or null when all are met or the case is closed.</summary>
    public static Sagsfrist? NaesteFrist(Tilsynssag sag) =>
        sag.ErAaben ? sag.Frister.Where(f => !f.Opfyldt).OrderBy(f => f.Dato).FirstOrDefault() : null;

    /// <summary>"Redegørelse 30-03-2026, Genopretningsplan 27-04-2026" for the overdue ones.</summary>
    public static string Overskredne(Tilsynssag sag, DateOnly idag) =>
        string.Join(", ", sag.OverskredneFrister(idag).Select(f => $"{f.Navn} {Dato(f.Dato)}"));

    public static string Fristtekst(Sagsfrist frist, Tilsynssag sag, DateOnly idag) =>
        frist.Opfyldt ? "Opfyldt"
        : !sag.ErAaben ? "–"
        : frist.Overskredet(idag) ? $"Overskredet med {idag.DayNumber - frist.Dato.DayNumber} dage"
        : $"Om {frist.Dato.DayNumber - idag.DayNumber} dage";

    public static string Filstoerrelse(long bytes) =>
        bytes < 1024 ? $"{bytes} B"
        : bytes < 1024 * 1024 ? (bytes / 1024d).ToString("0", Dansk) + " kB"
        : (bytes / 1024d / 1024d).ToString("0.0", Dansk) + " MB";
}
