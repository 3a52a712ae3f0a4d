using JobcenterTilsyn.Domain.Tid;

namespace JobcenterTilsyn.Web.Components.UI;

/// <summary>An event marked on a <see cref="TrendChart"/> from <see cref="Maaned"/> on, e.g. "Regelsæt OEVO-2024".</summary>
public sealed record Trendmarkering(Maaned Maaned, string Tekst);
