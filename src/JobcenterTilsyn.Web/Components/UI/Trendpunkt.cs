using JobcenterTilsyn.Domain.Tid;

namespace JobcenterTilsyn.Web.Components.UI;

/// <summary>One month's value in a <see cref="TrendChart"/>; null when nothing was measured.</summary>
public sealed record Trendpunkt(Maaned Maaned, double? Vaerdi);
