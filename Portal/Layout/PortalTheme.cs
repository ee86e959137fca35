using MudBlazor;

namespace Portal.Layout;

public static class PortalTheme
{
    /// <summary>Calm municipal colours; every text colour meets WCAG 2.1 AA contrast on its background.</summary>
    public static readonly MudTheme Theme = new()
    {
        PaletteLight = new PaletteLight
        {
            Primary = "#1d4f76",
            Secondary = "#5b3f8c",
            Info = "#0b5c8a",
            Success = "#1e6b3a",
            Warning = "#8a4b00",
            Error = "#b3261e",
            Dark = "#3b3b3b",
            AppbarBackground = "#1d4f76",
            Background = "#f6f7f9",
            TextSecondary = "#4a4a4a",
        },
        Typography = new Typography
        {
            Default = new DefaultTypography { FontFamily = ["system-ui", "Segoe UI", "Helvetica", "Arial", "sans-serif"] },
        },
    };
}
