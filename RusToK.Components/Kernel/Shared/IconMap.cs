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
        ["storefront"] = Icons.Material.Outlined.Storefront,
        ["work"] = Icons.Material.Outlined.WorkHistory,
        ["article"] = Icons.Material.Outlined.Article,
        ["account_tree"] = Icons.Material.Outlined.AccountTree,
        ["sell"] = Icons.Material.Outlined.Sell,
        ["manage_search"] = Icons.Material.Outlined.ManageSearch,
        ["timeline"] = Icons.Material.Outlined.Timeline,
        ["rss_feed"] = Icons.Material.Outlined.RssFeed,
        ["web"] = Icons.Material.Outlined.Web,
        ["menu"] = Icons.Material.Outlined.Menu,
        ["perm_media"] = Icons.Material.Outlined.PermMedia,
    };

    public static string Of(string name) => Icons_.GetValueOrDefault(name, Icons.Material.Outlined.Circle);
}
