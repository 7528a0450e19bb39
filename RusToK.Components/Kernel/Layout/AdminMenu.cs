using RusToK.Domain.Kernel.Modules;
using RusToK.Domain.Kernel.Tenancy;

namespace RusToK.Components.Kernel.Layout;

/// <summary>The admin pages someone may open on a site: the enabled modules' menus, filtered by what they are granted.</summary>
public static class AdminMenu
{
    public static IReadOnlyList<AdminMenuEntry> For(ModuleCatalog catalog, TenantInfo? tenant, IReadOnlySet<string> granted) =>
        catalog.All
            .Where(m => catalog.IsOn(m.Name, tenant))
            .SelectMany(m => m.AdminMenu)
            .Where(e => granted.Contains(e.Permission))
            .OrderBy(e => e.Order).ThenBy(e => e.Title)
            .ToList();
}
