namespace JobcenterTilsyn.Data.Tests.Generate;

/// <summary>Ordinary least squares with intercept, by the normal equations (enough for 7 parameters).</summary>
public static class Ols
{
    /// <summary>R² of y ~ 1 + x.</summary>
    public static double RKvadrat(IReadOnlyList<double[]> x, IReadOnlyList<double> y)
    {
        var n = y.Count;
        var p = x[0].Length + 1;
        var a = new double[p, p + 1];
        for (var r = 0; r < n; r++)
        {
            var raekke = new double[p];
            raekke[0] = 1;
            x[r].CopyTo(raekke, 1);
            for (var i = 0; i < p; i++)
            {
                for (var j = 0; j < p; j++) a[i, j] += raekke[i] * raekke[j];
                a[i, p] += raekke[i] * y[r];
            }
        }
        for (var c = 0; c < p; c++)
        {
            var pivot = Enumerable.Range(c, p - c).MaxBy(r => Math.Abs(a[r, c]));
            for (var j = 0; j <= p; j++) (a[c, j], a[pivot, j]) = (a[pivot, j], a[c, j]);
            for (var r = 0; r < p; r++)
            {
                if (r == c) continue;
                var f = a[r, c] / a[c, c];
                for (var j = c; j <= p; j++) a[r, j] -= f * a[c, j];
            }
        }
        var b = Enumerable.Range(0, p).Select(i => a[i, p] / a[i, i]).ToArray();
        var middel = y.Average();
        double ssRes = 0, ssTot = 0;
        for (var r = 0; r < n; r++)
        {
            var yHat = b[0] + x[r].Select((v, i) => v * b[i + 1]).Sum();
            ssRes += (y[r] - yHat) * (y[r] - yHat);
            ssTot += (y[r] - middel) * (y[r] - middel);
        }
        return 1 - ssRes / ssTot;
    }

    public static double Korrelation(IReadOnlyList<double> x, IReadOnlyList<double> y)
    {
        double mx = x.Average(), my = y.Average();
        double sxy = 0, sxx = 0, syy = 0;
        for (var i = 0; i < x.Count; i++)
        {
            sxy += (x[i] - mx) * (y[i] - my);
            sxx += (x[i] - mx) * (x[i] - mx);
            syy += (y[i] - my) * (y[i] - my);
        }
        return sxy / Math.Sqrt(sxx * syy);
    }
}
