using System.Text;
using ClosedXML.Excel;
using JobcenterTilsyn.Data.ReadModels;
using JobcenterTilsyn.Domain.Adgang;
using JobcenterTilsyn.Domain.Fokusmaal;
using JobcenterTilsyn.Web.Components.UI;

namespace JobcenterTilsyn.Web.Components.Pages.Overblik;

/// <summary>
/// The overview as the user sees it (rows already filtered and sorted) for Excel: CSV with ';', UTF-8 with BOM, a header
/// block describing the extraction, then the table with plain numbers (decimal comma, no thousands separator); or an
/// .xlsx workbook with real numbers and the description on a second sheet. Every figure is already disclosed
/// (<see cref="Diskretion.Oplys(Maaltal, bool)"/>); a withheld figure is an empty cell with a note, never "&lt; 5" text
/// in a number column.
/// </summary>
public static class OverblikExport
{
    public const string CsvIndholdstype = "text/csv; charset=utf-8";
    public const string XlsxIndholdstype = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /// <summary>Why a number cell is empty.</summary>
    public const string SkjultNote = "Tomme talfelter, der er nævnt i kolonnen Bemærkning, er skjult, fordi de vedrører færre end 5 personer (diskretion).";

    private static readonly UTF8Encoding Utf8MedBom = new(encoderShouldEmitUTF8Identifier: true);

    /// <summary>Only A and B have a threshold in the rule sets, so only they have an "under mål" column.</summary>
    private static readonly Maal[] MedGraense = [Maal.ATilbud12m, Maal.BTidligIndsats];

    public static IReadOnlyList<string> Overskrifter { get; } =
    [
        "Kode", "Kommune", "Region",
        .. MaalKoder.Alle.SelectMany(m => (string[])[
            $"{Maalnavne.Bogstav(m)} andel (%)", $"{Maalnavne.Bogstav(m)} tæller", $"{Maalnavne.Bogstav(m)} nævner",
            .. MedGraense.Contains(m) ? (string[])[$"{Maalnavne.Bogstav(m)} under mål", $"{Maalnavne.Bogstav(m)} mangler"] : []]),
        "Residual (pt)", "Rang", "Klynge", "Udpegning", "På vej under målet", "Bemærkning",
    ];

    /// <summary>"overblik_2025-12_region-nordjylland_a-under.csv": the month and every active filter.</summary>
    public static string Filnavn(OverblikUdtraek udtraek, string endelse) =>
        string.Join('_', ["overblik", udtraek.Maaned.ToString(), .. udtraek.Filter.Filnavnsdele()]) + "." + endelse;

    /// <summary>One row as typed cells: a number, a text, or null for an empty cell.</summary>
    public static IReadOnlyList<object?> Celler(OverblikRaekke r)
    {
        var celler = new List<object?> { (double)r.Kommunekode, r.Navn, r.Region };
        foreach (var m in MaalKoder.Alle)
        {
            var t = r.Tal(m);
            celler.Add(t?.Andel is { } a ? Tal.UdenNegativtNul(Math.Round(a * 100, 1)) : null);
            celler.Add(t?.Taeller is { } taeller ? (double)taeller : null);
            celler.Add(t?.Naevner is { } naevner ? (double)naevner : null);
            if (MedGraense.Contains(m))
            {
                celler.Add(t?.Opfyldt switch { false => "Ja", true => "Nej", null => null });
                celler.Add(t?.Mangler is { } mangler ? (double)mangler : null);
            }
        }
        celler.Add(r.Residual is { } res ? Tal.UdenNegativtNul(Math.Round(res * 100, 1)) : null);
        celler.Add(r.Rang is { } rang ? (double)rang : null);
        celler.Add(r.Klynge is { } klynge ? (double)klynge : null);
        celler.Add(r.Kategori is null ? null : Kategorier.Tekst(r.Kategori));
        celler.Add(r.PaaVejUnder.Count > 0 ? string.Join(", ", r.PaaVejUnder.Select(Maalnavne.Bogstav)) : null);
        celler.Add(Bemaerkning(r));
        return celler;
    }

    /// <summary>"A, D skjult: færre end 5 personer" for the goals whose figures are withheld; null when none is.</summary>
    public static string? Bemaerkning(OverblikRaekke r)
    {
        var skjulte = MaalKoder.Alle.Where(m => r.Tal(m)?.Skjult == true).Select(Maalnavne.Bogstav).ToList();
        return skjulte.Count == 0 ? null : $"{string.Join(", ", skjulte)} skjult: færre end 5 personer";
    }

    public static byte[] Csv(IReadOnlyList<OverblikRaekke> raekker, OverblikUdtraek udtraek)
    {
        var sb = new StringBuilder();
        foreach (var (navn, vaerdi) in udtraek.Hoved(raekker.Count))
            sb.Append(Felt(navn)).Append(';').Append(Felt(vaerdi)).Append("\r\n");
        sb.Append("\r\n");
        sb.AppendJoin(';', Overskrifter.Select(Felt)).Append("\r\n");
        foreach (var r in raekker)
            sb.AppendJoin(';', Celler(r).Select(c => Felt(CsvTekst(c)))).Append("\r\n");
        return [.. Utf8MedBom.GetPreamble(), .. Utf8MedBom.GetBytes(sb.ToString())];
    }

    public static byte[] Xlsx(IReadOnlyList<OverblikRaekke> raekker, OverblikUdtraek udtraek)
    {
        using var workbook = new XLWorkbook();
        var ark = workbook.Worksheets.Add("Overblik " + udtraek.Maaned);
        for (var i = 0; i < Overskrifter.Count; i++)
        {
            ark.Cell(1, i + 1).Value = Overskrifter[i];
            ark.Cell(1, i + 1).Style.Font.Bold = true;
        }

        var raekke = 2;
        foreach (var r in raekker)
        {
            var celler = Celler(r);
            for (var i = 0; i < celler.Count; i++)
            {
                var celle = ark.Cell(raekke, i + 1);
                switch (celler[i])
                {
                    case double d:
                        celle.Value = d;
                        celle.Style.NumberFormat.Format = Overskrifter[i].EndsWith("(%)", StringComparison.Ordinal) || Overskrifter[i] == "Residual (pt)" ? "0.0" : "0";
                        break;
                    case string s:
                        celle.Value = s;
                        break;
                }
            }
            // A withheld goal: its number cells stay empty and carry a note saying why.
            foreach (var m in MaalKoder.Alle.Where(m => r.Tal(m)?.Skjult == true))
            {
                var bogstav = Maalnavne.Bogstav(m);
                foreach (var kolonne in new[] { "andel (%)", "tæller", "nævner" })
                {
                    var indeks = IndeksAf($"{bogstav} {kolonne}");
                    if (celler[indeks] is null) ark.Cell(raekke, indeks + 1).Comment.AddText("Skjult: færre end 5 personer (diskretion).");
                }
            }
            raekke++;
        }

        // Fixed widths: AdjustToContents measures text with libgdiplus, which the server does not have.
        ark.Column(1).Width = 7;
        ark.Column(2).Width = 20;
        ark.Column(3).Width = 14;
        for (var i = 4; i <= Overskrifter.Count; i++) ark.Column(i).Width = 12;
        ark.Column(Overskrifter.Count).Width = 36;
        ark.SheetView.FreezeRows(1);

        var om = workbook.Worksheets.Add("Om udtrækket");
        var linje = 1;
        foreach (var (navn, vaerdi) in udtraek.Hoved(raekker.Count))
        {
            om.Cell(linje, 1).Value = navn;
            om.Cell(linje, 1).Style.Font.Bold = true;
            om.Cell(linje, 2).Value = vaerdi;
            linje++;
        }
        om.Column(1).Width = 14;
        om.Column(2).Width = 90;

        using var stroem = new MemoryStream();
        workbook.SaveAs(stroem);
        return stroem.ToArray();
    }

    private static int IndeksAf(string overskrift)
    {
        for (var i = 0; i < Overskrifter.Count; i++)
            if (Overskrifter[i] == overskrift) return i;
        throw new ArgumentException($"No column '{overskrift}'.", nameof(overskrift));
    }

    /// <summary>Numbers with a decimal comma and no thousands separator, so Excel and other tools read them as numbers.</summary>
    private static string CsvTekst(object? celle) => celle switch
    {
        double d => d.ToString("0.##########", Tal.Dansk),
        string s => s,
        _ => "",
    };

    private static string Felt(string vaerdi) =>
        vaerdi.IndexOfAny([';', '"', '\r', '\n']) >= 0 ? "\"" + vaerdi.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : vaerdi;
}
