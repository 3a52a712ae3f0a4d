using System.Globalization;
using JobcenterTilsyn.Data.Import;
using JobcenterTilsyn.Domain.Tid;

namespace JobcenterTilsyn.Web.Components.Pages.Import;

/// <summary>Danish texts for import results and progress, kept out of the page so they can be unit-tested.</summary>
public static class ImportVisning
{
    private static readonly CultureInfo Da = CultureInfo.GetCultureInfo("da-DK");

    public static string Resultat(ImportResult r) => r.Outcome switch
    {
        ImportOutcome.Succeeded => string.Format(Da,
            "{0}: importeret – {1:N0} rækker læst, {2:N0} indsat, {3:N0} dubletter sprunget over{4}, {5:N1} s ({6:N0} rækker/s).",
            r.FileName, r.RowsRead, r.RowsInserted, r.DuplicatesSkipped,
            r.Mode == ImportMode.Replace ? string.Format(Da, ", {0:N0} tidligere rækker erstattet", r.RowsDeleted) : "",
            r.Elapsed.TotalSeconds, r.RowsPerSecond),
        ImportOutcome.AlreadyImported => $"{r.FileName}: allerede importeret – filen er uændret, intet er ændret.",
        _ => string.Format(Da,
            "{0}: afvist – {1:N0} fejl i {2:N0} {3}. Intet fra filen er gemt.", r.FileName, r.ErrorCount, r.InvalidRowCount,
            r.InvalidRowCount == 1 ? "linje" : "linjer"),
    };

    /// <summary>"Beregnet 12 måneder og år 2025 for 1.234 personer på 8,0 s."</summary>
    public static string Beregnet(int maaneder, IReadOnlyList<int> aar, long personer, TimeSpan varighed) =>
        string.Format(Da, "Beregnet {0} {1}{2} for {3:N0} {4} på {5:N1} s.",
            maaneder, maaneder == 1 ? "måned" : "måneder",
            aar.Count switch { 0 => "", 1 => $" og år {aar[0]}", _ => $" og årene {string.Join(", ", aar)}" },
            personer, personer == 1 ? "person" : "personer", varighed.TotalSeconds);

    /// <summary>Longest default computation period, in months: a longer one takes too long to start by accident.</summary>
    public const int MaksStandardmaaneder = 48;

    /// <summary>
    /// The period the page proposes: from the first to the last month with data (at most the last 48 of them, and
    /// not past the current month); without data, the twelve months before this one.
    /// </summary>
    public static (Maaned Fra, Maaned Til) Standardperiode(Maaned? foerste, Maaned? sidste, Maaned denneMaaned)
    {
        var til = sidste switch { null => denneMaaned.AddMonths(-1), { } s when s > denneMaaned => denneMaaned, { } s => s };
        var fra = foerste is { } f && f <= til ? f : til.AddMonths(-11);
        var tidligst = til.AddMonths(-(MaksStandardmaaneder - 1));
        return (fra < tidligst ? tidligst : fra, til);
    }

    public static string Fremdrift(ImportProgress p) =>
        string.Format(Da, "{0}: {1} – {2:N0} rækker læst{3}", p.FileName, Fase(p.Phase), p.RowsRead,
            p.ErrorCount > 0 ? string.Format(Da, ", {0:N0} fejl", p.ErrorCount) : "");

    /// <summary>Share of the file read, 0–100, or null when the size is unknown.</summary>
    public static double? Procent(ImportProgress p) =>
        p.TotalBytes is > 0 ? Math.Min(100, 100.0 * p.BytesRead / p.TotalBytes.Value) : null;

    public static string Fase(ImportPhase fase) => fase switch
    {
        ImportPhase.Hashing => "beregner filens fingeraftryk",
        ImportPhase.Reading => "læser og kontrollerer",
        _ => "gemmer",
    };

    public static string Udfald(ImportOutcome udfald) => udfald switch
    {
        ImportOutcome.Succeeded => "Importeret",
        ImportOutcome.Rejected => "Afvist",
        _ => "Allerede importeret",
    };
}
