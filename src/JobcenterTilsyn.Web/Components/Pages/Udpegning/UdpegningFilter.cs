using JobcenterTilsyn.Data.ReadModels;

namespace JobcenterTilsyn.Web.Components.Pages.Udpegning;

/// <summary>Which designations to show: one category or all (null).</summary>
public sealed record UdpegningFilter(string? Kategori = null)
{
    public IReadOnlyList<Udpegningsposition> Anvend(IEnumerable<Udpegningsposition> raekker) =>
        [.. raekker.Where(r => Kategori is null || r.Udpegning.Kategori == Kategori)];

    /// <summary>How many municipalities fall in each category, for the chips above the table.</summary>
    public static IReadOnlyDictionary<string, int> Optaelling(IEnumerable<Udpegningsposition> raekker) =>
        raekker.GroupBy(r => r.Udpegning.Kategori).ToDictionary(g => g.Key, g => g.Count());

    /// <summary>The link that starts a supervision case from a designation.</summary>
    public static string NySagLink(short kommunekode, int aar) => $"tilsynssager?kommune={kommunekode}&aar={aar}";
}
