using JobcenterTilsyn.Domain.Udpegning;
using MudBlazor;

namespace JobcenterTilsyn.Web.Components.UI;

/// <summary>How designation categories (rules.md §8, <see cref="Udpegningskategori"/>) read and look on the pages.</summary>
public static class Kategorier
{
    public static readonly IReadOnlyList<string> Koder = [.. Enum.GetValues<Udpegningskategori>().Select(k => k.Kode())];

    public static string Tekst(string? kode) => Kategori(kode) switch
    {
        Udpegningskategori.Udpeget => "Udpeget",
        Udpegningskategori.Risikozone => "Risikozone",
        Udpegningskategori.Forbedret => "Forbedret",
        Udpegningskategori.Ingen => "Ingen",
        null => kode ?? Tal.Mangler,
        _ => kode ?? Tal.Mangler,
    };

    public static Color Farve(string? kode) => Kategori(kode) switch
    {
        Udpegningskategori.Udpeget => Color.Error,
        Udpegningskategori.Risikozone => Color.Warning,
        Udpegningskategori.Forbedret => Color.Success,
        _ => Color.Default,
    };

    public static string Ikon(string? kode) => Kategori(kode) switch
    {
        Udpegningskategori.Udpeget => Icons.Material.Filled.Flag,
        Udpegningskategori.Risikozone => Icons.Material.Filled.ReportProblem,
        Udpegningskategori.Forbedret => Icons.Material.Filled.TrendingUp,
        _ => Icons.Material.Outlined.Remove,
    };

    private static Udpegningskategori? Kategori(string? kode) =>
        kode is not null && UdpegningskategoriKoder.TryKategori(kode, out var k) ? k : null;
}
