using ClosedXML.Excel;
using JobcenterTilsyn.Data.Scenarier;
using JobcenterTilsyn.Domain.Adgang;
using JobcenterTilsyn.Domain.Fokusmaal;
using JobcenterTilsyn.Domain.Udpegning;
using JobcenterTilsyn.Web.Components.Pages.Administration.Regelsaet;
using JobcenterTilsyn.Web.Components.UI;

namespace JobcenterTilsyn.Web.Components.Pages.Scenarier;

/// <summary>
/// A scenario as an .xlsx workbook: every municipality today and under the scenario, the national totals, and both rule
/// sets. Figures go through <see cref="Diskretion.Oplys(Maaltal, bool)"/> exactly as on the page.
/// </summary>
public static class ScenarieExport
{
    public const string XlsxIndholdstype = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static readonly IReadOnlyList<string> Overskrifter =
    [
        "Kode", "Kommune", "A i dag", "A scenarie", "B i dag", "B scenarie", "Kategori i dag", "Kategori scenarie", "Kategori ændret",
    ];

    public static string Filnavn(Scenarieresultat r) => $"scenarie_{r.Aar}_{Filsikker(r.Scenarie.Navn)}.xlsx";

    public static byte[] Xlsx(Scenarieresultat resultat, bool erAdministrator)
    {
        using var workbook = new XLWorkbook();
        var ark = workbook.Worksheets.Add("Kommuner");
        for (var i = 0; i < Overskrifter.Count; i++)
        {
            ark.Cell(1, i + 1).Value = Overskrifter[i];
            ark.Cell(1, i + 1).Style.Font.Bold = true;
        }

        var raekke = 2;
        foreach (var k in resultat.Kommuner)
        {
            ark.Cell(raekke, 1).Value = k.Kommunekode;
            ark.Cell(raekke, 2).Value = k.Navn;
            Andel(ark.Cell(raekke, 3), k.Idag.A, erAdministrator);
            Andel(ark.Cell(raekke, 4), k.Scenarie.A, erAdministrator);
            Andel(ark.Cell(raekke, 5), k.Idag.B, erAdministrator);
            Andel(ark.Cell(raekke, 6), k.Scenarie.B, erAdministrator);
            ark.Cell(raekke, 7).Value = Kategorier.Tekst(k.Idag.Kategori.Kode());
            ark.Cell(raekke, 8).Value = Kategorier.Tekst(k.Scenarie.Kategori.Kode());
            ark.Cell(raekke, 9).Value = k.KategoriAendret ? "Ja" : "Nej";
            raekke++;
        }
        // Fixed widths: AdjustToContents measures every cell with the font engine, which is slow on a busy server.
        ark.Column(2).Width = 20;
        ark.Columns(3, 9).Width = 16;

        var land = workbook.Worksheets.Add("Landstal");
        string[] landOverskrifter = ["", "I dag", "Scenarie"];
        for (var i = 0; i < landOverskrifter.Length; i++)
        {
            land.Cell(1, i + 1).Value = landOverskrifter[i];
            land.Cell(1, i + 1).Style.Font.Bold = true;
        }
        var (idag, scenarie) = (resultat.IdagLandstal, resultat.ScenarieLandstal);
        land.Cell(2, 1).Value = "A (hele landet)";
        Andel(land.Cell(2, 2), idag.A, erAdministrator);
        Andel(land.Cell(2, 3), scenarie.A, erAdministrator);
        land.Cell(3, 1).Value = "B (hele landet)";
        Andel(land.Cell(3, 2), idag.B, erAdministrator);
        Andel(land.Cell(3, 3), scenarie.B, erAdministrator);
        var linje = 4;
        foreach (var kategori in Enum.GetValues<Udpegningskategori>().Reverse())
        {
            land.Cell(linje, 1).Value = Kategorier.Tekst(kategori.Kode());
            land.Cell(linje, 2).Value = idag.Kategorier[kategori];
            land.Cell(linje, 3).Value = scenarie.Kategorier[kategori];
            linje++;
        }
        land.Cell(linje, 1).Value = "Kommuner, der skifter kategori";
        land.Cell(linje, 3).Value = resultat.Aendrede.Count;
        land.Column(1).Width = 32;
        land.Columns(2, 3).Width = 12;

        var regler = workbook.Worksheets.Add("Regelsæt");
        string[] felter = ["", "I dag (31-12)", "Scenarie"];
        for (var i = 0; i < felter.Length; i++)
        {
            regler.Cell(1, i + 1).Value = felter[i];
            regler.Cell(1, i + 1).Style.Font.Bold = true;
        }
        var (r0, r1) = (resultat.IdagRegelsaet, resultat.Scenarie);
        (string Navn, Func<Domain.Regler.Regelsaet, string> Vaerdi)[] linjer =
        [
            ("Navn", r => r.Navn),
            ("Gælder fra", r => Regelsaetvisning.Dato(r.GyldigFra)),
            ("Grænse A", r => Regelsaetvisning.Andel(r.GraenseA)),
            ("Grænse B", r => Regelsaetvisning.Andel(r.GraenseB)),
            ("Tællede grupper", r => Regelsaetvisning.Grupperne(r.TaelledeGrupper)),
            ("Mellemrum (dage)", r => r.BroDage.ToString(Tal.Dansk)),
            ("ØVO for alle", r => Regelsaetvisning.JaNej(r.OevoTaellerForAlle)),
            ("Udd.hjælp-undtagelse", r => Regelsaetvisning.JaNej(r.UddannelseshjaelpUndtagelse)),
            ("Resultatandel", r => Regelsaetvisning.Andel(r.ResultatAndel)),
        ];
        for (var i = 0; i < linjer.Length; i++)
        {
            regler.Cell(i + 2, 1).Value = linjer[i].Navn;
            regler.Cell(i + 2, 2).Value = linjer[i].Vaerdi(r0);
            regler.Cell(i + 2, 3).Value = linjer[i].Vaerdi(r1);
        }
        regler.Cell(linjer.Length + 3, 1).Value = $"År {resultat.Aar}. Scenariet er ikke gemt og ændrer ingen offentliggjorte tal.";
        regler.Column(1).Width = 22;
        regler.Columns(2, 3).Width = 40;

        using var stroem = new MemoryStream();
        workbook.SaveAs(stroem);
        return stroem.ToArray();
    }

    private static void Andel(IXLCell celle, Maaltal tal, bool erAdministrator)
    {
        var oplyst = Diskretion.Oplys(tal, erAdministrator);
        if (oplyst.Andel is { } andel)
        {
            celle.Value = andel;
            celle.Style.NumberFormat.Format = "0.0%";
        }
        else
        {
            celle.Value = oplyst.Skjult ? Diskretion.Skjult : "";
        }
    }

    private static string Filsikker(string navn) =>
        new([.. navn.Select(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' ? c : '_')]);
}
