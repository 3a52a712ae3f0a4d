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

    /// <summary>What each category means (rules.md §8), in one short sentence for the page.</summary>
    public static string Forklaring(string kode) => kode switch
    {
        "udpeget" => "Både resultatkriteriet og indsatskriteriet rammer. Kommunen indstilles til skærpet tilsyn.",
        "risikozone" => "Præcis ét af de to kriterier rammer; rammer det andet også, bliver kommunen udpeget.",
        "forbedret" => "Kommunen har en åben tilsynssag, og ingen af kriterierne rammer længere: indsatsen virker.",
        "ingen" => "Ingen af kriterierne rammer, og kommunen har ingen åben tilsynssag.",
        _ => "",
    };

    /// <summary>The link that starts a supervision case from a designation.</summary>
    public static string NySagLink(short kommunekode, int aar) => $"tilsynssager?kommune={kommunekode}&aar={aar}";
}
