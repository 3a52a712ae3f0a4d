using JobcenterTilsyn.Domain.Fokusmaal;

namespace JobcenterTilsyn.Domain.Udsigt;

/// <summary>
/// The backtest of the outlook (issue 15, not a rule of rules.md): an outlook figure for month M made on status month
/// M0 beside the figure later measured for M. The outlook's <em>projected share</em> is har_tilbud ÷ naevner: the
/// share M would get if nobody else got a tilbud before the deadline and everybody stayed on benefits. It is a floor
/// by construction, so the backtest reports the mean error with its sign (bias) beside the mean absolute error.
/// </summary>
public static class Efterproevning
{
    /// <summary>har_tilbud ÷ naevner; null when nobody is heading for the figure.</summary>
    public static double? ProjiceretAndel(Udsigtstal udsigt)
    {
        ArgumentNullException.ThrowIfNull(udsigt);
        return udsigt.Naevner == 0 ? null : (double)udsigt.HarTilbud / udsigt.Naevner;
    }

    /// <summary>How many months after the status month the outlook looked (1–3).</summary>
    public static int Horisont(Tid.Maaned statusmaaned, Tid.Maaned maaned) =>
        ((maaned.Aar - statusmaaned.Aar) * 12) + (maaned.Nr - statusmaaned.Nr);

    /// <summary>
    /// Mean absolute error and mean error (measured − projected, in shares 0..1) over the pairs where both shares
    /// exist; every pair counts once (a municipality-month, not a person). Null when no pair has both.
    /// </summary>
    public static Fejlmaal? Fejl(IEnumerable<(Udsigtstal Udsigt, Maaltal Maalt)> par)
    {
        ArgumentNullException.ThrowIfNull(par);
        double sumAbs = 0, sum = 0;
        var antal = 0;
        foreach (var (udsigt, maalt) in par)
        {
            if (ProjiceretAndel(udsigt) is not { } p || maalt.Andel is not { } m) continue;
            sumAbs += Math.Abs(m - p);
            sum += m - p;
            antal++;
        }
        return antal == 0 ? null : new Fejlmaal(sumAbs / antal, sum / antal, antal);
    }
}

/// <summary>Mean absolute error and mean signed error (measured − projected) of the projected share over <paramref name="Antal"/> pairs.</summary>
public sealed record Fejlmaal(double MiddelAbsolutFejl, double MiddelFejl, int Antal);
