using JobcenterTilsyn.Domain.Tid;

namespace JobcenterTilsyn.Web.Components.UI;

/// <summary>
/// One month's value in a <see cref="TrendChart"/>; null when nothing was measured or the figure is hidden by discretion.
/// A null month leaves a gap: no line through it, no dot, no text.
/// </summary>
public sealed record Trendpunkt(Maaned Maaned, double? Vaerdi);
