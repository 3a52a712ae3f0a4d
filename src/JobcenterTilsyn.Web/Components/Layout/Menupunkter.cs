using System.Security.Claims;
using JobcenterTilsyn.Domain.Adgang;
using JobcenterTilsyn.Web.Security;
using Microsoft.AspNetCore.Authorization;
using MudBlazor;

namespace JobcenterTilsyn.Web.Components.Layout;

/// <summary>One link of the main menu.</summary>
/// <param name="Href">Relative to the base address; "" is the Overblik.</param>
/// <param name="HeleAdressen">Active only on exactly this page (the Overblik), not on the pages below it.</param>
public sealed record Menupunkt(string Href, string Tekst, string Ikon, string TestId, bool HeleAdressen = false)
{
    /// <summary>Whether <paramref name="relativAdresse"/> (base-relative, query and fragment allowed) is this link's
    /// page: the whole path for the Overblik, otherwise the path or a page below it, as NavLink's two match modes.</summary>
    public bool ErAktiv(string relativAdresse)
    {
        var sti = relativAdresse.Split('?', '#')[0].TrimEnd('/');
        if (HeleAdressen) return string.Equals(sti, Href, StringComparison.OrdinalIgnoreCase);
        return sti.StartsWith(Href, StringComparison.OrdinalIgnoreCase)
               && (sti.Length == Href.Length || sti[Href.Length] == '/');
    }
}

/// <summary>The main menu's links for a user: those whose pages the user's role may open (rules.md §10).</summary>
public static class Menupunkter
{
    private static readonly Menupunkt Overblik = new("", "Overblik", Icons.Material.Filled.Dashboard, "nav-overblik", HeleAdressen: true);
    private static readonly Menupunkt Kommuner = new("kommuner", "Kommuner", Icons.Material.Filled.LocationCity, "nav-kommuner");
    private static readonly Menupunkt Benchmark = new("benchmark", "Benchmark", Icons.Material.Filled.QueryStats, "nav-benchmark");
    private static readonly Menupunkt Udpegning = new("udpegning", "Udpegning", Icons.Material.Filled.Flag, "nav-udpegning");
    private static readonly Menupunkt Scenarier = new("scenarier", "Scenarier", Icons.Material.Filled.Science, "nav-scenarier");
    private static readonly Menupunkt Tilsynssager = new("tilsynssager", "Tilsynssager", Icons.Material.Filled.Gavel, "nav-tilsynssager");
    private static readonly Menupunkt Import = new("import", "Import", Icons.Material.Filled.UploadFile, "nav-import");
    private static readonly Menupunkt Administration = new("administration", "Administration", Icons.Material.Filled.Settings, "nav-administration");

    /// <summary>The links in menu order. The policies are the pages' own, asked of the authorization service.</summary>
    public static async Task<IReadOnlyList<Menupunkt>> ForAsync(ClaimsPrincipal bruger, IAuthorizationService autorisation)
    {
        async Task<bool> Maa(string politik) => (await autorisation.AuthorizeAsync(bruger, politik)).Succeeded;

        var punkter = new List<Menupunkt>();
        if (await Maa(Politikker.LaesTal)) punkter.AddRange([Overblik, Kommuner, Benchmark, Udpegning]);
        // A manager's own dashboard with its peers (rules.md §10).
        if (await Maa(Politikker.EgenKommune) && bruger.Kommune() is { } egen)
            punkter.Add(new Menupunkt($"kommune/{egen}", "Min kommune", Icons.Material.Filled.Home, "nav-min-kommune"));
        // Scenarios (issue 16): the ministry's analysts and administrators, not a municipality's manager.
        if (bruger.IsInRole(Roller.Analytiker) || bruger.IsInRole(Roller.Administrator)) punkter.Add(Scenarier);
        if (await Maa(Politikker.LaesSager)) punkter.Add(Tilsynssager);
        if (await Maa(Politikker.Administrator)) punkter.AddRange([Import, Administration]);
        return punkter;
    }
}
