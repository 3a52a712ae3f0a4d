using JobcenterTilsyn.Data.Laesemodeller;

namespace JobcenterTilsyn.Web.Tests.Pages.Overblik;

internal static class OverblikTestdata
{
    public static readonly OverblikRaekke Koebenhavn = new(101, "København", "Hovedstaden",
        new Maaltal(679, 1000, 0.7), new Maaltal(90, 100, 0.8), new Maaltal(10, 50, null), new Maaltal(40, 40, null), 0.004, 70, 3, "risikozone");

    public static readonly OverblikRaekke Aalborg = new(851, "Aalborg", "Nordjylland",
        new Maaltal(70, 100, 0.7), new Maaltal(8, 10, 0.8), new Maaltal(0, 0, null), new Maaltal(3, 3, null), -0.012, 5, 2, "ingen");

    public static readonly OverblikRaekke Frederikshavn = new(813, "Frederikshavn", "Nordjylland",
        new Maaltal(7, 10, 0.7), new Maaltal(3, 5, 0.8), null, null, 0.02, 98, 5, "udpeget");

    public static readonly OverblikRaekke[] Alle = [Koebenhavn, Aalborg, Frederikshavn];
}
