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
            // MudBlazor's default success/info/warning/error fail WCAG AA contrast (4.5:1) as text on white and
            // under white text (axe color-contrast): darker shades of the same hues pass both ways.
            Success = "#2e7d32",
            Info = "#0d6aa8",
            Warning = "#a35200",
            Error = "#c62828",
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
