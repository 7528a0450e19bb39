using RusToK.Domain.Kernel.Localization;

namespace RusToK.Domain.Modules.Content.Categories;

/// <summary>A category's name and description in another language.</summary>
public sealed record CategoryTranslation(string Language, string Name, string? Description = null) : ITranslation;
