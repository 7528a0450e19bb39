using RusToK.Components.Kernel.Storefront;
using RusToK.Domain.Modules.Commerce;

namespace RusToK.Components.Modules.Commerce;

/// <summary>What every shop page shares: the module's services, null while the shop is off for this site.</summary>
public abstract class ShopPageBase : StorefrontPageBase
{
    protected T? Service<T>()
        where T : class => ServiceOf<T>(CommerceModule.ModuleName);
}
