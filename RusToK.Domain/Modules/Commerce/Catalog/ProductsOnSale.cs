using RusToK.Domain.Kernel.Entities;
using RusToK.Domain.Kernel.Persistence;

namespace RusToK.Domain.Modules.Commerce.Catalog;

/// <summary>Products are public while on sale: tags count them only then.</summary>
public sealed class ProductsOnSale : IPublicEntitySource
{
    public string EntityType => ProductEditingService.EntityType;

    public IQueryable<Guid> PublicIds(IAppDbContext db) => db.Products.Where(p => p.Status == ProductStatus.Active).Select(p => p.Id);
}
