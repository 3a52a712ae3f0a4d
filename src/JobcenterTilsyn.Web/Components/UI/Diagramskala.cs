namespace JobcenterTilsyn.Web.Components.UI;

/// <summary>Maps values to SVG coordinates inside a plot area (y grows downwards in SVG).</summary>
public sealed record Diagramskala(double Venstre, double Top, double Bredde, double Hoejde, double Min, double Max)
{
    public double Y(double vaerdi) => Top + Hoejde - ((Math.Clamp(vaerdi, Min, Max) - Min) / (Max - Min) * Hoejde);

    /// <summary>Position of point <paramref name="i"/> of <paramref name="n"/> spread evenly across the width.</summary>
    public double X(int i, int n) => n <= 1 ? Venstre + (Bredde / 2) : Venstre + (Bredde * i / (n - 1));

    public double XVaerdi(double vaerdi) => Venstre + ((Math.Clamp(vaerdi, Min, Max) - Min) / (Max - Min) * Bredde);

    /// <summary>A rounded range holding every value with a little air, in steps of <paramref name="trin"/>.</summary>
    public static (double Min, double Max) Omfang(IEnumerable<double> vaerdier, double trin)
    {
        var liste = vaerdier.ToList();
        if (liste.Count == 0) return (0, trin);
        // Rounded to drop binary noise: 0.91 / 0.1 is 9.100000000000001, and 6 * 0.1 is 0.6000000000000001.
        var min = Math.Round(Math.Floor(Math.Round(liste.Min() / trin, 9)) * trin, 9);
        var max = Math.Round(Math.Ceiling(Math.Round(liste.Max() / trin, 9)) * trin, 9);
        return max <= min ? (min, min + trin) : (min, max);
    }
}
