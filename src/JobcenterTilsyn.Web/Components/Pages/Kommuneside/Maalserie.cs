using JobcenterTilsyn.Data.ReadModels;
using JobcenterTilsyn.Domain.Fokusmaal;
using JobcenterTilsyn.Web.Components.UI;

// Not "...Pages.Kommune": a namespace of that name would hide the Kommune record for the Kommuner page.
namespace JobcenterTilsyn.Web.Components.Pages.Kommuneside;

/// <summary>
/// Splits a profile's monthly points into the chart series of one goal: the municipality, the country, the latest
/// threshold, and a marking where the rule set changes. The points are already disclosed: a withheld month has no
/// value and becomes a gap in the line.
/// </summary>
public sealed record Maalserie(Maal Maal, IReadOnlyList<Trendpunkt> Kommune, IReadOnlyList<Trendpunkt> Landet, double? Graense, IReadOnlyList<Trendmarkering> Markeringer)
{
    public static Maalserie For(Kommuneprofil profil, Maal maal)
    {
        var punkter = profil.Maalserier.Where(p => p.Maal == maal).OrderBy(p => p.Maaned).ToList();
        var skift = punkter.Skip(1).Where((p, i) => p.Regelsaet != punkter[i].Regelsaet)
            .Select(p => new Trendmarkering(p.Maaned, "Regelsæt " + p.Regelsaet)).ToList();
        return new Maalserie(
            maal,
            [.. punkter.Select(p => new Trendpunkt(p.Maaned, p.Kommune.Andel))],
            [.. punkter.Select(p => new Trendpunkt(p.Maaned, p.Landet.Andel))],
            punkter.Count > 0 ? punkter[^1].Kommune.Graense : null,
            skift);
    }
}
