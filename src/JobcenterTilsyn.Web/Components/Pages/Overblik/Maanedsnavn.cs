using JobcenterTilsyn.Domain.Tid;
using JobcenterTilsyn.Web.Components.UI;

namespace JobcenterTilsyn.Web.Components.Pages.Overblik;

/// <summary>A month as Danish text: 2025-06 → "juni 2025".</summary>
public static class Maanedsnavn
{
    public static string Vis(Maaned maaned) => maaned.Foerste.ToString("MMMM yyyy", Tal.Dansk);
}
