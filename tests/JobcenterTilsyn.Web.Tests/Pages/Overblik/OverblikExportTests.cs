using System.Text;
using ClosedXML.Excel;
using JobcenterTilsyn.Domain.Tid;
using JobcenterTilsyn.Web.Components.Pages.Overblik;
using static JobcenterTilsyn.Web.Tests.Pages.Overblik.OverblikTestdata;

namespace JobcenterTilsyn.Web.Tests.Pages.Overblik;

public sealed class OverblikEksportTests
{
    [Fact]
    public void Csv_is_utf8_with_bom_semicolon_separated_in_danish_format_and_keeps_the_given_order()
    {
        var bytes = OverblikExport.Csv([Frederikshavn, Koebenhavn]);

        bytes.Take(3).Should().Equal(0xEF, 0xBB, 0xBF);
        var linjer = Encoding.UTF8.GetString(bytes[3..]).Split("\r\n");
        linjer.Should().HaveCount(4, "header, two rows and the empty string after the last line end");
        linjer[0].Should().Be("Kode;Kommune;Region;A andel;A tæller;A nævner;A under mål;B andel;B tæller;B nævner;B under mål;"
            + "C andel;C tæller;C nævner;C under mål;D andel;D tæller;D nævner;D under mål;Residual (pt);Rang;Klynge;Udpegning");
        linjer[1].Should().Be("813;Frederikshavn;Nordjylland;< 5;< 5;10;;60,0 %;30;50;Ja;;;;;;;;;2,0;98;5;Udpeget", "A 7 of 10 is withheld: its complement is 3");
        linjer[2].Should().StartWith("101;København;Hovedstaden;67,9 %;679;1.000;Ja;90,0 %;90;100;Nej;20,0 %;10;50;;100,0 %;40;40;;0,4;70;3;Risikozone");
    }

    [Fact]
    public void Csv_writes_withheld_parts_as_under_5()
    {
        var linjer = Encoding.UTF8.GetString(OverblikExport.Csv([Aalborg])[3..]).Split("\r\n");
        linjer[1].Should().Be("851;Aalborg;Nordjylland;70,0 %;70;100;Nej;< 5;< 5;10;;;0;0;;< 5;< 5;< 5;;-1,2;5;2;Ingen",
            "B 8 of 10 shows only its denominator, C 0 of 0 is shown, D 3 of 3 is withheld whole");
    }

    [Fact]
    public void Csv_quotes_values_containing_the_separator()
    {
        var raekke = Aalborg with { Navn = "Navn; med semikolon" };
        Encoding.UTF8.GetString(OverblikExport.Csv([raekke])).Should().Contain(";\"Navn; med semikolon\";");
    }

    [Fact]
    public void Xlsx_holds_the_same_rows_with_real_numbers()
    {
        var bytes = OverblikExport.Xlsx([Koebenhavn, Aalborg], new Maaned(2025, 12));

        using var workbook = new XLWorkbook(new MemoryStream(bytes));
        var ark = workbook.Worksheet(1);
        ark.Cell(1, 2).GetString().Should().Be("Kommune");
        ark.Cell(2, 2).GetString().Should().Be("København");
        ark.Cell(3, 2).GetString().Should().Be("Aalborg");
        ark.Cell(2, 4).GetDouble().Should().BeApproximately(0.679, 1e-12);
        ark.Cell(2, 6).GetDouble().Should().Be(1000);
        ark.Cell(2, 7).GetString().Should().Be("Ja");
        ark.LastRowUsed()!.RowNumber().Should().Be(3);
    }
}
