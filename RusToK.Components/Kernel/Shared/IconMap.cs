using MudBlazor;

namespace RusToK.Components.Kernel.Shared;

/// <summary>Turns the icon names modules put in their menus into MudBlazor's Material icons.</summary>
public static class IconMap
{
    private static readonly Dictionary<string, string> Icons_ = new(StringComparer.Ordinal)
    {
        ["dashboard"] = Icons.Material.Outlined.Dashboard,
        ["domain"] = Icons.Material.Outlined.Domain,
        ["people"] = Icons.Material.Outlined.People,
        ["admin_panel_settings"] = Icons.Material.Outlined.AdminPanelSettings,
        ["extension"] = Icons.Material.Outlined.Extension,
        ["settings"] = Icons.Material.Outlined.Settings,
        ["bolt"] = Icons.Material.Outlined.Bolt,
        ["campaign"] = Icons.Material.Outlined.Campaign,
        ["work"] = Icons.Material.Outlined.WorkHistory,
    };

    public static string Of(string name) => Icons_.GetValueOrDefault(name, Icons.Material.Outlined.Circle);
}
