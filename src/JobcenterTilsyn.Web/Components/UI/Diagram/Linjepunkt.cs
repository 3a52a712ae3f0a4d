namespace JobcenterTilsyn.Web.Components.UI.Diagram;

/// <summary>A point of a line in SVG coordinates; <see cref="Y"/> null is a gap (hidden or missing figure).</summary>
public readonly record struct Linjepunkt(double X, double? Y);
