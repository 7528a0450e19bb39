using RusToK.Domain.Modules.Commerce;
using RusToK.Domain.Modules.Commerce.Catalog;
using RusToK.Web.Kernel.Api;
using RusToK.Web.Kernel.Operations;
using static RusToK.Web.Kernel.Operations.OperationResults;

namespace RusToK.Web.Modules.Commerce.Catalog;

/// <summary>
/// The catalog: shoppers read products on sale (REST <c>/shop/…</c>, public); staff manage every product and category
/// (REST <c>/commerce/…</c>, with commerce.catalog.manage).
/// </summary>
public static class CatalogOperations
{
    private static readonly OperationSet Ops = new("Shop");

    public static IReadOnlyList<IApiOperation> All { get; } =
    [
        Ops.Get<ListShopProducts, PageDto<ProductCardDto>>("shopProducts", "/shop/products", OperationPermission.Public, "Products on sale, filtered, sorted and paged (public)",
            async (input, c) => Ok(PageDto<ProductCardDto>.From(await c.Get<CatalogQueries>().ListAsync(input.ToFilter(), input.ToRequest(24), c.CancellationToken), ProductCardDto.From))),
        Ops.Get<BySlug, ProductDto>("shopProduct", "/shop/products/{slug}", OperationPermission.Public, "A product on sale with its variants (public)",
            async (input, c) => (await c.Get<CatalogQueries>().FindOnSaleAsync(input.Slug, c.CancellationToken)).OrNotFound("Product not found.").Map(ProductDto.From)),
        Ops.Get<NoInput, List<ProductCategoryDto>>("shopCategories", "/shop/categories", OperationPermission.Public, "The shop's categories in shelf order (public)",
            async (_, c) => Ok((await c.Get<ProductCategoryService>().ListAsync(c.CancellationToken)).Select(ProductCategoryDto.From).ToList())),
        Ops.Get<ListProducts, PageDto<ProductRowDto>>("products", "/commerce/products", CommercePermissions.CatalogManage, "Every product, newest change first, by name or SKU",
            async (input, c) => Ok(PageDto<ProductRowDto>.From(await c.Get<ProductStaffQueries>().ListAsync(input.Search, input.Status, input.ToRequest(), c.CancellationToken), ProductRowDto.From))),
        Ops.Get<ById, ProductDto>("product", "/commerce/products/{id:guid}", CommercePermissions.CatalogManage, "A product in any state",
            async (input, c) => (await c.Get<ProductStaffQueries>().FindAsync(input.Id, c.CancellationToken)).OrNotFound("Product not found.").Map(ProductDto.From)),
        Ops.Post<WithBody<ProductRequest>, ProductDto>("createProduct", "/commerce/products", CommercePermissions.CatalogManage, "Create a product with its variants",
            async (input, c) => (await c.Get<ProductEditingService>().CreateAsync(input.Input.ToInput(), c.CancellationToken)).Map(ProductDto.From))
            .Created(p => $"/api/v1/commerce/products/{p.Id}"),
        Ops.Put<ByIdWithBody<ProductRequest>, ProductDto>("updateProduct", "/commerce/products/{id:guid}", CommercePermissions.CatalogManage, "Update a product (409 when it changed since you read it)",
            async (input, c) => (await c.Get<ProductEditingService>().UpdateAsync(input.Id, input.Input.ToInput(), input.Input.ConcurrencyStamp, c.CancellationToken)).Map(ProductDto.From)),
        Ops.Delete<ById>("deleteProduct", "/commerce/products/{id:guid}", CommercePermissions.CatalogManage, "Delete a product and its variants",
            (input, c) => c.Get<ProductEditingService>().DeleteAsync(input.Id, c.CancellationToken)),
        Ops.Post<WithBody<ProductCategoryRequest>, ProductCategoryDto>("createProductCategory", "/commerce/categories", CommercePermissions.CatalogManage, "Create a shop category",
            async (input, c) => (await c.Get<ProductCategoryService>().CreateAsync(input.Input.ToInput(), c.CancellationToken)).Map(ProductCategoryDto.From))
            .Created(category => $"/api/v1/shop/categories#{category.Slug}"),
        Ops.Put<ByIdWithBody<ProductCategoryRequest>, ProductCategoryDto>("updateProductCategory", "/commerce/categories/{id:guid}", CommercePermissions.CatalogManage, "Rename or move a shop category",
            async (input, c) => (await c.Get<ProductCategoryService>().UpdateAsync(input.Id, input.Input.ToInput(), c.CancellationToken)).Map(ProductCategoryDto.From)),
    ];
}
