using MudBlazor;

namespace JobcenterTilsyn.Web.Components.UI;

/// <summary>How designation categories (rules.md §8) read and look on the pages.</summary>
public static class Kategorier
{
    public static readonly IReadOnlyList<string> Koder = ["udpeget", "risikozone", "forbedret", "ingen"];

    public static string Tekst(string? kode) => kode switch
    {
        "udpeget" => "Udpeget",
        "risikozone" => "Risikozone",
        "forbedret" => "Forbedret",
        "ingen" => "Ingen",
        null => Tal.Mangler,
        _ => kode,
    };

    public static Color Farve(string? kode) => kode switch
    {
        "udpeget" => Color.Error,
        "risikozone" => Color.Warning,
        "forbedret" => Color.Success,
        _ => Color.Default,
    };

    public static string Ikon(string? kode) => kode switch
    {
        "udpeget" => Icons.Material.Filled.Flag,
        "risikozone" => Icons.Material.Filled.ReportProblem,
        "forbedret" => Icons.Material.Filled.TrendingUp,
        _ => Icons.Material.Outlined.Remove,
    };
}
