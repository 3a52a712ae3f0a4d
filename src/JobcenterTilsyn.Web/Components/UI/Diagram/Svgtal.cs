using System.Globalization;

namespace JobcenterTilsyn.Web.Components.UI.Diagram;

/// <summary>SVG coordinates are written with a dot whatever the culture; the numbers users read go through <see cref="Tal"/>.</summary>
public static class Svgtal
{
    public static string F(double v) => v.ToString("0.##", CultureInfo.InvariantCulture);
}
