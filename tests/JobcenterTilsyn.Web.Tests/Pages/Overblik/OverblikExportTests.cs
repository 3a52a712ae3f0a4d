using System.Text;
using ClosedXML.Excel;
using JobcenterTilsyn.Domain.Fokusmaal;
using JobcenterTilsyn.Domain.Tid;
using JobcenterTilsyn.Web.Components.Pages.Overblik;
using static JobcenterTilsyn.Web.Tests.Pages.Overblik.OverblikTestdata;

namespace JobcenterTilsyn.Web.Tests.Pages.Overblik;

public sealed class OverblikEksportTests
{
    /// <summary>17.27 in Copenhagen on 5 December 2026 (CET, UTC+1).</summary>
    private static readonly DateTimeOffset Tidspunkt = new(2026, 12, 5, 16, 27, 0, TimeSpan.Zero);

    private static OverblikUdtraek Udtraek(OverblikFilter? filter = null, OverblikSortering? sortering = null) =>
        new(new Maaned(2025, 12), ["OEVO-2024"], filter ?? new OverblikFilter(), sortering, Tidspunkt);

    private static string[] Linjer(byte[] bytes) => Encoding.UTF8.GetString(bytes[3..]).Split("\r\n");

    /// <summary>The table part of the CSV: from its column header on.</summary>
    private static string[] Tabel(byte[] bytes) => [.. Linjer(bytes).SkipWhile(l => !l.StartsWith("Kode;", StringComparison.Ordinal))];

    [Fact]
    public void Csv_opens_with_a_header_block_naming_month_rule_set_filters_sort_and_danish_time_of_extraction()
    {
        var bytes = OverblikExport.Csv([Koebenhavn], Udtraek(new OverblikFilter(Region: "Nordjylland", AUnder: true), new OverblikSortering(OverblikKolonne.A, true)));

        bytes.Take(3).Should().Equal(0xEF, 0xBB, 0xBF);
        Linjer(bytes).Take(9).Should().Equal(
            "Udtræk;JobcenterTilsyn – Overblik over fokusmål og resultater",
            "Måned;december 2025 (2025-12)",
            "Regelsæt;OEVO-2024",
            "Filtre;Region: Nordjylland · A under mål",
            "Sortering;A faldende",
            "Kommuner;1",
            "Udtrukket;5. dec. 2026 kl. 17.27",
            "Skjulte tal;" + OverblikExport.SkjultNote,
            "");
    }

    [Fact]
    public void Csv_rows_hold_plain_numbers_and_keep_the_given_order_without_empty_c_and_d_verdict_columns()
    {
        var tabel = Tabel(OverblikExport.Csv([Frederikshavn, Koebenhavn], Udtraek()));

        tabel.Should().HaveCount(4, "header, two rows and the empty string after the last line end");
        tabel[0].Should().Be("Kode;Kommune;Region;A andel (%);A tæller;A nævner;A under mål;A mangler;B andel (%);B tæller;B nævner;B under mål;B mangler;"
            + "C andel (%);C tæller;C nævner;D andel (%);D tæller;D nævner;Residual (pt);Rang;Klynge;Udpegning;På vej under målet;Bemærkning");
        tabel[1].Should().Be("813;Frederikshavn;Nordjylland;;;10;;;60;30;50;Ja;10;;;;;;;2;98;5;Udpeget;;A skjult: færre end 5 personer",
            "A 7 of 10 is withheld (its complement is 3): empty number cells, named in the note");
        tabel[2].Should().Be("101;København;Hovedstaden;67,9;679;1000;Ja;21;90;90;100;Nej;0;20;10;50;100;40;40;0,4;70;3;Risikozone;;");
    }

    [Fact]
    public void A_withheld_figure_is_never_under_5_text_in_the_csv()
    {
        var tabel = Tabel(OverblikExport.Csv([Aalborg], Udtraek()));
        tabel[1].Should().Be("851;Aalborg;Nordjylland;70;70;100;Nej;0;;;10;;;;0;0;;;;-1,2;5;2;Ingen;;B, D skjult: færre end 5 personer",
            "B 8 of 10 shows only its denominator, C 0 of 0 is shown, D 3 of 3 is withheld whole");
        string.Join("\n", tabel).Should().NotContain("< 5");
    }

    [Fact]
    public void A_residual_that_rounds_to_zero_is_0_not_minus_0()
    {
        var tabel = Tabel(OverblikExport.Csv([Aalborg with { Residual = -0.0004 }], Udtraek()));
        tabel[1].Split(';')[19].Should().Be("0", "the page shows it as \"0,0 pt\"");
    }

    [Fact]
    public void Csv_quotes_values_containing_the_separator()
    {
        var raekke = Aalborg with { Navn = "Navn; med semikolon" };
        Encoding.UTF8.GetString(OverblikExport.Csv([raekke], Udtraek())).Should().Contain(";\"Navn; med semikolon\";");
    }

    [Fact]
    public void The_file_name_carries_the_month_and_every_filter()
    {
        OverblikExport.Filnavn(Udtraek(), "csv").Should().Be("overblik_2025-12.csv");
        OverblikExport.Filnavn(Udtraek(new OverblikFilter(Region: "Nordjylland", Klynge: 3, BUnder: true, C: CRetning.Under, PaaVejUnder: true)), "xlsx")
            .Should().Be("overblik_2025-12_region-nordjylland_klynge-3_b-under_c-under_paa-vej-under.xlsx");
    }

    [Fact]
    public void Xlsx_holds_the_rows_with_real_numbers_empty_withheld_cells_with_a_note_and_the_header_on_a_second_sheet()
    {
        var bytes = OverblikExport.Xlsx([Koebenhavn, Frederikshavn with { PaaVejUnder = [Maal.BTidligIndsats] }], Udtraek(new OverblikFilter(BUnder: true)));

        using var workbook = new XLWorkbook(new MemoryStream(bytes));
        var ark = workbook.Worksheet(1);
        ark.Cell(1, 2).GetString().Should().Be("Kommune");
        ark.Cell(2, 2).GetString().Should().Be("København");
        ark.Cell(2, 4).DataType.Should().Be(XLDataType.Number);
        ark.Cell(2, 4).GetDouble().Should().Be(67.9);
        ark.Cell(2, 6).GetDouble().Should().Be(1000);
        ark.Cell(2, 7).GetString().Should().Be("Ja");
        ark.Cell(3, 4).GetString().Should().BeEmpty("Frederikshavn's A is withheld");
        ark.Cell(3, 4).HasComment.Should().BeTrue();
        ark.Cell(3, 4).Comment.Text.Should().Contain("færre end 5 personer");
        ark.Cell(3, 24).GetString().Should().Be("B");
        ark.CellsUsed().Should().NotContain(c => c.GetString() == "< 5");
        ark.LastRowUsed()!.RowNumber().Should().Be(3);

        var om = workbook.Worksheet(2);
        om.Name.Should().Be("Om udtrækket");
        om.Cell(2, 2).GetString().Should().Be("december 2025 (2025-12)");
        om.Cell(3, 2).GetString().Should().Be("OEVO-2024");
        om.Cell(4, 2).GetString().Should().Be("B under mål");
        om.Cell(7, 2).GetString().Should().Be("5. dec. 2026 kl. 17.27");
    }
}
