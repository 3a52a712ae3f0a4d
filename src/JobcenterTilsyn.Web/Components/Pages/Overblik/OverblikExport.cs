using System.Text;
using ClosedXML.Excel;
using JobcenterTilsyn.Data.ReadModels;
using JobcenterTilsyn.Domain.Adgang;
using JobcenterTilsyn.Domain.Fokusmaal;
using JobcenterTilsyn.Domain.Tid;
using JobcenterTilsyn.Web.Components.UI;

namespace JobcenterTilsyn.Web.Components.Pages.Overblik;

/// <summary>
/// The overview as the user sees it (rows already filtered and sorted) for Excel: CSV with ';', UTF-8 with BOM and
/// da-DK numbers, or an .xlsx workbook with real numbers. Every figure is already disclosed (<see cref="Diskretion.Oplys(Maaltal, bool)"/>).
/// </summary>
public static class OverblikExport
{
    public const string CsvIndholdstype = "text/csv; charset=utf-8";
    public const string XlsxIndholdstype = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private static readonly UTF8Encoding Utf8MedBom = new(encoderShouldEmitUTF8Identifier: true);

    public static IReadOnlyList<string> Overskrifter { get; } =
    [
        "Kode", "Kommune", "Region",
        .. MaalKoder.Alle.SelectMany(m => new[] { $"{Maalnavne.Bogstav(m)} andel", $"{Maalnavne.Bogstav(m)} tæller", $"{Maalnavne.Bogstav(m)} nævner", $"{Maalnavne.Bogstav(m)} under mål" }),
        "Residual (pt)", "Rang", "Klynge", "Udpegning",
    ];

    public static string Filnavn(Maaned maaned, string endelse) => $"overblik_{maaned}.{endelse}";

    public static byte[] Csv(IEnumerable<OverblikRaekke> raekker)
    {
        var sb = new StringBuilder();
        sb.AppendJoin(';', Overskrifter.Select(Felt)).Append("\r\n");
        foreach (var r in raekker)
        {
            var felter = new List<string> { r.Kommunekode.ToString(Tal.Dansk), r.Navn, r.Region };
            foreach (var m in MaalKoder.Alle)
            {
                var t = r.Tal(m);
                felter.Add(t?.Andel is { } andel ? Tal.Procent(andel) : t is { Skjult: true } ? Diskretion.Skjult : "");
                felter.Add(t is null ? "" : t.Taeller is { } taeller ? Tal.Heltal(taeller) : Diskretion.Skjult);
                felter.Add(t is null ? "" : t.Naevner is { } naevner ? Tal.Heltal(naevner) : Diskretion.Skjult);
                felter.Add(t?.Opfyldt switch { false => "Ja", true => "Nej", null => "" });
            }
            felter.Add(r.Residual is { } res ? Tal.Decimal(res * 100, 1) : "");
            felter.Add(r.Rang?.ToString(Tal.Dansk) ?? "");
            felter.Add(r.Klynge?.ToString(Tal.Dansk) ?? "");
            felter.Add(r.Kategori is null ? "" : Kategorier.Tekst(r.Kategori));
            sb.AppendJoin(';', felter.Select(Felt)).Append("\r\n");
        }
        return [.. Utf8MedBom.GetPreamble(), .. Utf8MedBom.GetBytes(sb.ToString())];
    }

    public static byte[] Xlsx(IEnumerable<OverblikRaekke> raekker, Maaned maaned)
    {
        using var workbook = new XLWorkbook();
        var ark = workbook.Worksheets.Add("Overblik " + maaned);
        for (var i = 0; i < Overskrifter.Count; i++)
        {
            ark.Cell(1, i + 1).Value = Overskrifter[i];
            ark.Cell(1, i + 1).Style.Font.Bold = true;
        }

        var raekke = 2;
        foreach (var r in raekker)
        {
            var kolonne = 1;
            ark.Cell(raekke, kolonne++).Value = r.Kommunekode;
            ark.Cell(raekke, kolonne++).Value = r.Navn;
            ark.Cell(raekke, kolonne++).Value = r.Region;
            foreach (var m in MaalKoder.Alle)
            {
                var t = r.Tal(m);
                var andel = ark.Cell(raekke, kolonne++);
                if (t is { Skjult: true, Andel: null })
                {
                    andel.Value = Diskretion.Skjult;
                }
                else if (t?.Andel is { } a)
                {
                    andel.Value = a;
                    andel.Style.NumberFormat.Format = "0.0 %";
                }
                SaetAntal(ark.Cell(raekke, kolonne++), t, t?.Taeller);
                SaetAntal(ark.Cell(raekke, kolonne++), t, t?.Naevner);
                if (t?.Opfyldt is { } opfyldt) ark.Cell(raekke, kolonne).Value = opfyldt ? "Nej" : "Ja";
                kolonne++;
            }
            var residual = ark.Cell(raekke, kolonne++);
            if (r.Residual is { } res)
            {
                residual.Value = res * 100;
                residual.Style.NumberFormat.Format = "0.0";
            }
            if (r.Rang is { } rang) ark.Cell(raekke, kolonne).Value = rang;
            kolonne++;
            if (r.Klynge is { } klynge) ark.Cell(raekke, kolonne).Value = klynge;
            kolonne++;
            if (r.Kategori is not null) ark.Cell(raekke, kolonne).Value = Kategorier.Tekst(r.Kategori);
            raekke++;
        }

        // Fixed widths: AdjustToContents measures text with libgdiplus, which the server does not have.
        ark.Column(1).Width = 7;
        ark.Column(2).Width = 20;
        ark.Column(3).Width = 14;
        for (var i = 4; i <= Overskrifter.Count; i++) ark.Column(i).Width = 12;
        ark.SheetView.FreezeRows(1);

        using var stroem = new MemoryStream();
        workbook.SaveAs(stroem);
        return stroem.ToArray();
    }

    private static void SaetAntal(IXLCell celle, OplystMaaltal? tal, int? antal)
    {
        if (tal is null) return;
        if (antal is { } a) celle.Value = a;
        else celle.Value = Diskretion.Skjult;
    }

    private static string Felt(string vaerdi) =>
        vaerdi.IndexOfAny([';', '"', '\r', '\n']) >= 0 ? "\"" + vaerdi.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : vaerdi;
}
