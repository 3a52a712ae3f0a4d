using JobcenterTilsyn.Data.ReadModels;
using JobcenterTilsyn.Domain.Adgang;
using JobcenterTilsyn.Domain.Fokusmaal;
using JobcenterTilsyn.Web.Components.Pages.Overblik;
using static JobcenterTilsyn.Web.Tests.Pages.Overblik.OverblikTestdata;

namespace JobcenterTilsyn.Web.Tests.Pages.Overblik;

public sealed class OverblikSorteringTests
{
    private static IEnumerable<string> Navne(IEnumerable<OverblikRaekke> raekker) => raekker.Select(r => r.Navn);

    [Fact]
    public void A_goal_column_sorts_by_share_with_withheld_last_in_both_directions()
    {
        // A: København 67,9 %, Aalborg 70,0 %, Frederikshavn withheld (7 of 10), Ingen has no A at all.
        var ingen = Aalborg with { Kommunekode = 1, Navn = "Ingen", A = null };
        var hoej = Aalborg with { Kommunekode = 2, Navn = "Høj", A = Diskretion.Oplys(new Maaltal(90, 100, 0.7), false) };
        IReadOnlyList<OverblikRaekke> raekker = [ingen, Frederikshavn, Koebenhavn, hoej, Aalborg];

        Navne(new OverblikSortering(OverblikKolonne.A).Anvend(raekker)).Should().Equal("København", "Aalborg", "Høj", "Frederikshavn", "Ingen");
        Navne(new OverblikSortering(OverblikKolonne.A, Faldende: true).Anvend(raekker)).Should().Equal("Høj", "Aalborg", "København", "Frederikshavn", "Ingen");
    }

    [Fact]
    public void Numbers_sort_by_value_not_as_text()
    {
        var ti = Aalborg with { Navn = "Ti", Rang = 10 };
        var ni = Aalborg with { Navn = "Ni", Rang = 9 };
        var hundrede = Aalborg with { Navn = "Hundrede", Rang = 100 };
        Navne(new OverblikSortering(OverblikKolonne.Rang).Anvend([ti, hundrede, ni])).Should().Equal("Ni", "Ti", "Hundrede");
        Navne(new OverblikSortering(OverblikKolonne.Residual).Anvend(Alle)).Should().Equal("Aalborg", "København", "Frederikshavn");
    }

    [Fact]
    public void Names_sort_in_danish_order_and_categories_by_severity()
    {
        var aeroe = Aalborg with { Navn = "Ærø" };
        var odense = Aalborg with { Navn = "Odense" };
        Navne(new OverblikSortering(OverblikKolonne.Kommune).Anvend([Aalborg, aeroe, odense])).Should().Equal("Odense", "Ærø", "Aalborg");
        Navne(new OverblikSortering(OverblikKolonne.Udpegning, Faldende: true).Anvend(Alle)).Should().Equal("Frederikshavn", "København", "Aalborg");
    }
}
