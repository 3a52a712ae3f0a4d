using MudBlazor;

namespace JobcenterTilsyn.Web.Components.Layout;

/// <summary>The app's colours: a sober public-sector blue.</summary>
public static class TilsynTheme
{
    // MudBlazor's default error, warning, success and info colours, and its grey secondary text, fall short of
    // WCAG 2.1 AA (4.5:1) as text on white; these darker shades reach at least 4.7:1 on white and on the page background.
    public static readonly MudTheme Theme = new()
    {
        PaletteLight = new PaletteLight
        {
            Primary = "#1f4e79",
            Secondary = "#5f6b78",
            AppbarBackground = "#1f4e79",
            Background = "#f7f8fa",
            DrawerBackground = "#ffffff",
            Error = "#c62828",
            Warning = "#a35200",
            Success = "#2e7d32",
            Info = "#1565c0",
            TextSecondary = "#5f6b78",
        },
    };
}
