namespace RusToK.Domain.Modules.Commerce.Catalog;

/// <summary>A category as an editor writes it.</summary>
public sealed record ProductCategoryInput(string Name, string? Slug = null, string? Description = null, Guid? ParentId = null, int Position = 0);
