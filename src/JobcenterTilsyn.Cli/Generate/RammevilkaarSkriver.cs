using System.Globalization;

namespace JobcenterTilsyn.Cli.Generate;

/// <summary>
/// Writes rammevilkaar.csv: per year and kommune, befolkning_16_66 and the explanatory variables of
/// <see cref="Rammevilkaarsmodel"/>. Written after the persons, because small sets derive
/// befolkning from the full-time persons actually generated (see <see cref="DemoScale"/>).
/// </summary>
internal static class RammevilkaarSkriver
{
    /// <summary>Returns the rows written and the mean share of full-time persons in befolkning over kommune-years.</summary>
    public static (long Raekker, double GennemsnitligAndel) Skriv(string sti, IReadOnlyList<DemoKommuneprofil> profiler, FuldtidsRegnskab regnskab, DemoScale scale)
    {
        long raekker = 0;
        var andelSum = 0.0;
        using var w = DemoCsvSkriver.Aabn(sti, "aar;kommunekode;variabel;vaerdi");
        for (var a = 0; a < DemoPeriode.AntalAar; a++)
        {
            var aar = (DemoPeriode.FoersteAar + a).ToString(CultureInfo.InvariantCulture);
            for (var k = 0; k < profiler.Count; k++)
            {
                var p = profiler[k];
                var kode = p.Kode.ToString(CultureInfo.InvariantCulture);
                var fuldtid = regnskab.Fuldtidspersoner(k, a);
                var befolkning = scale.BefolkningFraAndel ? BefolkningFraAndel(fuldtid, p, a) : p.Befolkning[a];
                andelSum += fuldtid / befolkning;
                Linje(w, aar, kode, "befolkning_16_66", befolkning.ToString("F1", CultureInfo.InvariantCulture));
                raekker++;
                for (var v = 0; v < Rammevilkaarsmodel.ForklarendeVariable.Count; v++)
                {
                    Linje(w, aar, kode, Rammevilkaarsmodel.ForklarendeVariable[v], p.Variable[a][v].ToString("F6", CultureInfo.InvariantCulture));
                    raekker++;
                }
            }
        }
        return (raekker, andelSum / (DemoPeriode.AntalAar * profiler.Count));
    }

    /// <summary>
    /// befolkning = full-time persons ÷ model share, so the actual share equals the model's. A kommune
    /// with (almost) nobody that year keeps its population-based figure instead.
    /// </summary>
    private static double BefolkningFraAndel(double fuldtid, DemoKommuneprofil p, int aarIndeks) =>
        fuldtid >= 0.5 ? Math.Round(fuldtid / p.Andel[aarIndeks], 1, MidpointRounding.AwayFromZero) : p.Befolkning[aarIndeks];

    private static void Linje(StreamWriter w, string aar, string kode, string variabel, string vaerdi)
    {
        w.Write(aar);
        w.Write(';');
        w.Write(kode);
        w.Write(';');
        w.Write(variabel);
        w.Write(';');
        w.Write(vaerdi);
        w.Write('\n');
    }
}
