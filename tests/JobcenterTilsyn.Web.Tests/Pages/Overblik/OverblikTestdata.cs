using JobcenterTilsyn.Data.ReadModels;
using JobcenterTilsyn.Domain.Adgang;
using JobcenterTilsyn.Domain.Fokusmaal;

namespace JobcenterTilsyn.Web.Tests.Pages.Overblik;

internal static class OverblikTestdata
{
    /// <summary>As a non-administrator sees it.</summary>
    private static OplystMaaltal T(int taeller, int naevner, double? graense) => Diskretion.Oplys(new Maaltal(taeller, naevner, graense), erAdministrator: false);

    public static readonly OverblikRaekke Koebenhavn = new(101, "København", "Hovedstaden",
        T(679, 1000, 0.7), T(90, 100, 0.8), T(10, 50, null), T(40, 40, null), 0.004, 70, 3, "risikozone");

    public static readonly OverblikRaekke Aalborg = new(851, "Aalborg", "Nordjylland",
        T(70, 100, 0.7), T(8, 10, 0.8), T(0, 0, null), T(3, 3, null), -0.012, 5, 2, "ingen");

    public static readonly OverblikRaekke Frederikshavn = new(813, "Frederikshavn", "Nordjylland",
        T(7, 10, 0.7), T(30, 50, 0.8), null, null, 0.02, 98, 5, "udpeget");

    public static readonly OverblikRaekke[] Alle = [Koebenhavn, Aalborg, Frederikshavn];
}
