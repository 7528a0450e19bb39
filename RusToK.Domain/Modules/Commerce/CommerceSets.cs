using Microsoft.EntityFrameworkCore;
using RusToK.Domain.Kernel.Persistence;
using RusToK.Domain.Modules.Commerce.Catalog;

namespace RusToK.Domain.Modules.Commerce;

/// <summary>Commerce's tables on the unit of work, as properties of <see cref="IAppDbContext"/> that the kernel never declares.</summary>
public static class CommerceSets
{
    extension(IAppDbContext db)
    {
        public DbSet<Product> Products => db.Set<Product>();

        public DbSet<ProductVariant> ProductVariants => db.Set<ProductVariant>();

        public DbSet<ProductCategory> ProductCategories => db.Set<ProductCategory>();
    }
}
