using MudBlazor;

namespace YouTubeStudio.Web.Components.Layout;

public static class StudioTheme
{
    public static readonly MudTheme Theme = new()
    {
        PaletteLight = new PaletteLight
        {
            Primary = "#c4302b",
            Secondary = "#37474f",
            AppbarBackground = "#c4302b",
        },
        PaletteDark = new PaletteDark
        {
            Primary = "#ff5252",
            Secondary = "#90a4ae",
            AppbarBackground = "#1e1e2d",
        },
        LayoutProperties = new LayoutProperties { DrawerWidthLeft = "230px" },
    };
}
