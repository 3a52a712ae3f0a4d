namespace JobcenterTilsyn.Web.Components.UI.Diagram;

/// <summary>
/// A value axis with "nice" ticks (1, 2, 2.5 or 5 times a power of ten) covering the data, with at least a few ticks
/// even when the range is small (dagpenge 0–2 %: ticks every 0.25 or 0.5 point).
/// </summary>
public sealed record Akseinddeling(double Min, double Max, double Trin, IReadOnlyList<double> Tick)
{
    private static readonly double[] Mantisser = [5, 2.5, 2, 1];

    /// <param name="mindsteAntal">Fewest ticks wanted; the largest nice step that still gives this many is used.</param>
    /// <param name="nedre">A floor the axis never goes below (0 for shares).</param>
    /// <param name="oevre">A ceiling the axis never goes above (1 for shares).</param>
    public static Akseinddeling For(IEnumerable<double> vaerdier, int mindsteAntal = 4, double nedre = double.NegativeInfinity, double oevre = double.PositiveInfinity)
    {
        var liste = vaerdier.Where(double.IsFinite).ToList();
        var min = liste.Count == 0 ? 0 : liste.Min();
        var max = liste.Count == 0 ? 1 : liste.Max();
        if (max - min < 1e-12)
        {
            // One value: a little air around it, so it sits mid-axis instead of on a border.
            var luft = Math.Abs(min) > 1e-12 ? Math.Abs(min) * 0.1 : 0.01;
            (min, max) = (min - luft, max + luft);
        }

        // Among the nice steps giving mindsteAntal to 9 ticks, the one whose axis wastes least room around the data,
        // with a small price per tick away from 6, so the axis is neither crowded nor bare (0–2.9 %: half points, not whole).
        Akseinddeling? bedst = null;
        var bedstePris = double.MaxValue;
        var eksponent = (int)Math.Floor(Math.Log10(max - min)) + 1;
        for (var e = eksponent; e > eksponent - 6; e--)
        {
            foreach (var m in Mantisser)
            {
                var trin = m * Math.Pow(10, e);
                var fra = Math.Max(Math.Floor(Math.Round(min / trin, 9)) * trin, nedre);
                var til = Math.Min(Math.Ceiling(Math.Round(max / trin, 9)) * trin, oevre);
                var antal = (int)Math.Round((til - fra) / trin) + 1;
                if (antal < mindsteAntal || antal > 9) continue;
                var pris = ((til - fra) / (max - min)) + (0.08 * Math.Abs(antal - 6));
                if (pris >= bedstePris - 1e-9) continue;
                // Rounded to drop binary noise: 3 * 0.1 is 0.30000000000000004.
                var tick = Enumerable.Range(0, antal).Select(i => Math.Round(fra + (i * trin), 10)).ToList();
                (bedst, bedstePris) = (new Akseinddeling(tick[0], tick[^1], trin, tick), pris);
            }
        }

        return bedst ?? new Akseinddeling(min, max, max - min, [min, max]);
    }

    /// <summary>Decimals needed to write every tick exactly once multiplied by <paramref name="faktor"/> (100 for percent).</summary>
    public int Decimaler(double faktor = 1)
    {
        var trin = Trin * faktor;
        for (var d = 0; d < 6; d++)
        {
            var skaleret = trin * Math.Pow(10, d);
            if (Math.Abs(skaleret - Math.Round(skaleret)) < 1e-6) return d;
        }

        return 6;
    }
}
