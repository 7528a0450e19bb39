using RusToK.Domain.Kernel.Modules;

namespace RusToK.Domain.Modules.Commerce;

/// <summary>
/// A shop: a catalog of products with variants (size, grind, colour) and stock, on the storefront at <c>/shop</c>.
/// Payments, shipping, tax and discounts plug in through its own extension points.
/// </summary>
public sealed class CommerceModule : ModuleDescriptor
{
    public const string ModuleName = "commerce";

    public override string Name => ModuleName;

    public override string DisplayName => "Shop";

    public override string Version => "1.0.0";

    public override string Description => "A catalog of products with variants, prices and stock, browsed and searched on the storefront.";

    public override IReadOnlyList<PermissionDefinition> Permissions { get; } =
    [
        new(CommercePermissions.CatalogManage, "Manage the catalog: products, variants, prices and stock", ModuleName),
    ];

    public override IReadOnlyList<SiteTemplate> SiteTemplates { get; } =
    [
        new("shop", "Shop", "A catalog of products with variants and stock, a blog and pages.", [ModuleName, "blog", "pages", "tags", "media"], 20),
    ];

    public override IReadOnlyList<StorefrontLink> StorefrontMenu { get; } = [new("Shop", "shop", 5)];

    public override IReadOnlyList<AdminMenuEntry> AdminMenu { get; } =
    [
        new("Products", "admin/shop/products", "storefront", CommercePermissions.CatalogManage, 20),
    ];
}
