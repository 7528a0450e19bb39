using RusToK.Domain.Kernel.Site;

namespace RusToK.Domain.Modules.Pages.Menus;

/// <summary>The tenant's menus as the storefront's navigation.</summary>
public sealed class MenuNavigation(MenuService menus) : ISiteNavigation
{
    public string Module => PagesModule.ModuleName;

    public async Task<IReadOnlyList<SiteLink>> LinksAsync(string location, CancellationToken ct) =>
        Enum.TryParse<MenuLocation>(location, ignoreCase: true, out var parsed) ? await menus.LinksAsync(parsed, ct) : [];
}
