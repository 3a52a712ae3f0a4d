using Microsoft.AspNetCore.Components;

namespace JobcenterTilsyn.Web.Components.Pages.Overblik;

/// <summary>
/// The overview as every circuit of one kind of viewer shows it, built once per shared <see cref="Data.ReadModels.Overblik"/>:
/// each kommune's cells and the national row as finished HTML, and the regions of the filter. A circuit keeps only a
/// reference to this and its own filter, sorting and list of rows shown (docs/performance.md, "Load").
/// </summary>
/// <param name="RegionValg">The region filter's choices: "" (all regions), then the regions in order.</param>
public sealed record OverblikView(
    Data.ReadModels.Overblik Overblik,
    IReadOnlyList<string> RegionValg,
    IReadOnlyDictionary<short, MarkupString> Celler,
    MarkupString Landstal)
{
    /// <summary>The outlook month as the "på vej under" mark and filter name it.</summary>
    public static string PaaVejMaanedTekst(Data.ReadModels.Overblik? overblik) =>
        overblik?.UdsigtMaaned is { } u ? Maanedsnavn.Vis(u) : "næste måned";
}
