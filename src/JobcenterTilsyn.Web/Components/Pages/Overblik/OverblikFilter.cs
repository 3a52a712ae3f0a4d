using System.Globalization;
using JobcenterTilsyn.Data.ReadModels;

namespace JobcenterTilsyn.Web.Components.Pages.Overblik;

/// <summary>
/// What the overview shows: a region, a klynge, a designation category, only those failing a goal, and a search on
/// name or kommunekode (ordinal, case-insensitive, as on the Kommuner page). Empty criteria mean "all".
/// </summary>
public sealed record OverblikFilter(
    string? Region = null,
    int? Klynge = null,
    string? Kategori = null,
    bool KunUnderGraense = false,
    string? Soegetekst = null)
{
    public IReadOnlyList<OverblikRaekke> Anvend(IEnumerable<OverblikRaekke> raekker) =>
        [.. raekker.Where(r =>
            (string.IsNullOrEmpty(Region) || string.Equals(r.Region, Region, StringComparison.OrdinalIgnoreCase))
            && (Klynge is null || r.Klynge == Klynge)
            && (string.IsNullOrEmpty(Kategori) || r.Kategori == Kategori)
            && (!KunUnderGraense || r.UnderGraense)
            && MatcherSoegning(r))];

    private bool MatcherSoegning(OverblikRaekke r)
    {
        var tekst = Soegetekst?.Trim();
        return string.IsNullOrEmpty(tekst)
            || r.Navn.Contains(tekst, StringComparison.OrdinalIgnoreCase)
            || r.Kommunekode.ToString(CultureInfo.InvariantCulture).StartsWith(tekst, StringComparison.Ordinal);
    }
}
