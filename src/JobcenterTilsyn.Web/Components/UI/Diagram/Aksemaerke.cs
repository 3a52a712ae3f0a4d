namespace JobcenterTilsyn.Web.Components.UI.Diagram;

/// <summary>One labelled position on an axis, already in SVG coordinates.</summary>
public sealed record Aksemaerke(double Position, string Tekst);
