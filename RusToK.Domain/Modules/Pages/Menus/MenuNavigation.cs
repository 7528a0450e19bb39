using RusToK.Domain.Kernel.Site;
using RusToK.Domain.Kernel.Tenancy;

namespace RusToK.Domain.Modules.Pages.Menus;

/// <summary>The tenant's menus as the storefront's navigation.</summary>
public sealed class MenuNavigation(MenuService menus, ISiteReadCache cache, ITenantContext tenant) : ISiteNavigation
{
    public string Module => PagesModule.ModuleName;

    /// <summary>
    /// Every page shows the menus (the header one twice: bar and phone strip), so they come from the site's read cache,
    /// one copy per language, titled in the reader's.
    /// </summary>
    public async Task<IReadOnlyList<SiteLink>> LinksAsync(string location, CancellationToken ct)
    {
        if (!Enum.TryParse<MenuLocation>(location, ignoreCase: true, out var parsed)) return [];
        var language = System.Globalization.CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;
        return await cache.GetOrLoadAsync(tenant, $"menu:{parsed}:{language}", () => menus.LinksAsync(parsed, ct, language));
    }
}
