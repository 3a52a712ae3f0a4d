using MudBlazor;

namespace JobcenterTilsyn.Web.Components.Layout;

/// <summary>The app's colours: a sober public-sector blue.</summary>
public static class TilsynTheme
{
    public static readonly MudTheme Theme = new()
    {
        PaletteLight = new PaletteLight
        {
            Primary = "#1f4e79",
            Secondary = "#6c7a89",
            AppbarBackground = "#1f4e79",
            Background = "#f7f8fa",
            DrawerBackground = "#ffffff",
        },
    };
}
