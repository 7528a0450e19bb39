namespace RusToK.Domain.Modules.Content.Categories;

/// <summary>A category with its depth in the tree and how many items use it, in display order.</summary>
public sealed record CategoryNode(Category Category, int Depth, int ItemCount);
