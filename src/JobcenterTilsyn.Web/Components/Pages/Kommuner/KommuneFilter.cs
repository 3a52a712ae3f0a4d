using System.Globalization;
using JobcenterTilsyn.Domain.Registre;

namespace JobcenterTilsyn.Web.Components.Pages.Kommuner;

/// <summary>
/// What the Kommuner page shows: one region or all (<see cref="Region"/> empty), narrowed by a search on name or
/// kommunekode. Matching ignores case ordinally, so "aal" finds Aalborg (Danish collation would treat "aa" as "å").
/// </summary>
public sealed record KommuneFilter(string? Region = null, string? Soegetekst = null)
{
    public IReadOnlyList<Kommune> Anvend(IEnumerable<Kommune> kommuner) =>
        [.. kommuner.Where(k => IRegionen(k) && MatcherSoegning(k))];

    /// <summary>The regions that occur among <paramref name="kommuner"/>, alphabetically, for the region choice.</summary>
    public static IReadOnlyList<string> Regioner(IEnumerable<Kommune> kommuner) =>
        [.. kommuner.Select(k => k.Region).Distinct().Order(StringComparer.Ordinal)];

    private bool IRegionen(Kommune kommune) =>
        string.IsNullOrEmpty(Region) || string.Equals(kommune.Region, Region, StringComparison.OrdinalIgnoreCase);

    private bool MatcherSoegning(Kommune kommune)
    {
        var tekst = Soegetekst?.Trim();
        return string.IsNullOrEmpty(tekst)
            || kommune.Navn.Contains(tekst, StringComparison.OrdinalIgnoreCase)
            || kommune.Kommunekode.ToString(CultureInfo.InvariantCulture).StartsWith(tekst, StringComparison.Ordinal);
    }
}
