namespace RusToK.Domain.Modules.Commerce.Catalog;

/// <summary>Shoppers see a product only while it is <see cref="Active"/>; an archived one keeps its orders' history.</summary>
public enum ProductStatus
{
    Draft = 0,
    Active = 1,
    Archived = 2,
}
