using MudBlazor;
using RusToK.Domain.Kernel.Tenancy;

namespace RusToK.Components.Kernel.Theme;

/// <summary>Builds the one MudBlazor theme from a tenant's colours; admin and storefront share it.</summary>
public static class RusToKTheme
{
    public static MudTheme For(TenantTheme? tenantTheme)
    {
        var primary = tenantTheme?.PrimaryColor ?? TenantTheme.Default.PrimaryColor;
        return new MudTheme
        {
            PaletteLight = new PaletteLight
            {
                Primary = primary,
                Secondary = "#00796B",
                AppbarBackground = primary,
                Background = "#F7F7FA",
                Surface = "#FFFFFF",
                DrawerBackground = "#FFFFFF",
                TextPrimary = "#1F2330",
                // MudBlazor's defaults put white on colours too light for it (success #00C853 is 2.2:1); these reach
                // WCAG AA (4.5:1) for chip, alert and button text, and secondary text on the page's grey background.
                TextSecondary = "#585D6B",
                Success = "#2E7D32",
                Info = "#1565C0",
                Warning = "#9A4D00",
                Error = "#C62828",
            },
            PaletteDark = new PaletteDark
            {
                Primary = Lighten(primary),
                PrimaryContrastText = "#14151A",
                AppbarBackground = "#1E1F26",
                Background = "#14151A",
                Surface = "#1E1F26",
                DrawerBackground = "#1A1B21",
                // On dark surfaces the status colours are light, so their text is dark (each at least 6.7:1).
                Secondary = "#4DB6AC",
                SecondaryContrastText = "#14151A",
                Success = "#66BB6A",
                SuccessContrastText = "#14151A",
                Info = "#64B5F6",
                InfoContrastText = "#14151A",
                Warning = "#FFB74D",
                WarningContrastText = "#14151A",
                Error = "#EF9A9A",
                ErrorContrastText = "#14151A",
            },
            Typography = new Typography
            {
                Default = new DefaultTypography { FontFamily = ["Inter", "Segoe UI", "Roboto", "Helvetica Neue", "Arial", "sans-serif"] },
            },
            LayoutProperties = new LayoutProperties { DefaultBorderRadius = "8px" },
        };
    }

    // Dark surfaces need a lighter primary to keep text on it readable (WCAG contrast).
    private static string Lighten(string hex)
    {
        if (hex.Length != 7) return hex;
        var r = Convert.ToInt32(hex[1..3], 16);
        var g = Convert.ToInt32(hex[3..5], 16);
        var b = Convert.ToInt32(hex[5..7], 16);
        static int Mix(int c) => c + ((255 - c) * 45 / 100);
        return $"#{Mix(r):X2}{Mix(g):X2}{Mix(b):X2}";
    }
}
