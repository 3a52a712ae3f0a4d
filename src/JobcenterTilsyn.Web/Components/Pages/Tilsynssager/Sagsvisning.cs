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
        Sagstilstand.Aabnet => Color.Warning,
        Sagstilstand.RedegoerelseModtaget => Color.Info,
        Sagstilstand.PlanModtaget => Color.Info,
        Sagstilstand.PlanGodkendt => Color.Info,
        Sagstilstand.Genopretning => Color.Primary,
        Sagstilstand.UnderAdministration => Color.Error,
        Sagstilstand.Afsluttet => Color.Default,
        Sagstilstand.Tilbagekaldt => Color.Default,
        _ => Color.Default,
    };

    /// <summary>The first deadline still to be met, or null when all are met or the case is closed.</summary>
    public static Sagsfrist? NaesteFrist(Tilsynssag sag) =>
        sag.ErAaben ? sag.Frister.Where(f => !f.Opfyldt).OrderBy(f => f.Dato).FirstOrDefault() : null;

    /// <summary>"Redegørelse 30-03-2026, Genopretningsplan 27-04-2026" for the overdue ones.</summary>
    public static string Overskredne(Tilsynssag sag, DateOnly idag) =>
        string.Join(", ", sag.OverskredneFrister(idag).Select(f => $"{f.Navn} {Dato(f.Dato)}"));

    /// <summary>
    /// "Modtaget", "Afgjort", "Lukket – sagen er tilbagekaldt", "Overskredet med 3 dage", "Om 1 dag": met texts are received,
    /// the recovery period is decided, and what was open when the case ended is closed (never "met").
    /// </summary>
    public static string Fristtekst(Sagsfrist frist, Tilsynssag sag, DateOnly idag) => frist.Status switch
    {
        Friststatus.Opfyldt => frist.Type == Fristtype.GenopretningsperiodensSlut ? "Afgjort" : "Modtaget",
        Friststatus.Lukket => $"Lukket – sagen er {sag.Tilstand.Tekst()}",
        _ when frist.Overskredet(idag) => $"Overskredet med {Dage(idag.DayNumber - frist.Dato.DayNumber)}",
        _ when frist.Dato == idag => "I dag",
        _ => $"Om {Dage(frist.Dato.DayNumber - idag.DayNumber)}",
    };

    private static string Dage(int antal) => antal == 1 ? "1 dag" : $"{antal} dage";

    /// <summary>"Plan modtaget → Plan godkendt"; "Tilstand uændret: Genopretning" for an action that keeps the state.</summary>
    public static string Tilstandsskifte(Sagshaendelse h) =>
        h.Fra is not { } fra ? $"Tilstand: {h.Til.Overskrift()}"
        : h.ErOvergang ? $"{fra.Overskrift()} → {h.Til.Overskrift()}"
        : $"Tilstand uændret: {h.Til.Overskrift()}";

    /// <summary>Withdrawing is shown as the dangerous action it is; the rest in the primary colour.</summary>
    public static Color Knapfarve(Sagshandlingstype type) =>
        type is Sagshandlingstype.Tilbagekald or Sagshandlingstype.AfvisPlan ? Color.Error : Color.Primary;

    public static string Begrundelsesfelt(Sagshandlingstype type) => type switch
    {
        Sagshandlingstype.AfvisPlan => "Begrundelse (kommunen ser den)",
        Sagshandlingstype.Tilbagekald => "Hvorfor tilbagekaldes sagen?",
        Sagshandlingstype.RegistrerEksterntDokument => "Bemærkning",
        _ => "Begrundelse",
    };

    /// <summary>The confirmation dialog of an action that cannot be undone: its title and what it does.</summary>
    public static (string Titel, string Tekst) Bekraeftelse(Sagshandlingstype type, string kommune) => type switch
    {
        Sagshandlingstype.Afslut => ("Afslut sagen?",
            $"Tilsynssagen for {kommune} afsluttes. En afsluttet sag kan ikke genåbnes, og der kan ikke længere handles på den."),
        Sagshandlingstype.Tilbagekald => ("Tilbagekald sagen?",
            $"Tilsynssagen for {kommune} tilbagekaldes og afsluttes. Det kan ikke fortrydes. Begrundelsen gemmes i sagens historik."),
        Sagshandlingstype.SaetUnderAdministration => ("Sæt kommunen under administration?",
            $"{kommune} sættes under administration. Det kan ikke fortrydes; sagen kan derefter kun afsluttes."),
        _ => (type.Titel() + "?", ""),
    };

    public static string Filstoerrelse(long bytes) =>
        bytes < 1024 ? $"{bytes} B"
        : bytes < 1024 * 1024 ? (bytes / 1024d).ToString("0", Dansk) + " kB"
        : (bytes / 1024d / 1024d).ToString("0.0", Dansk) + " MB";
}
