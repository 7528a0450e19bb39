using RusToK.Domain.Kernel.Tenancy;

namespace RusToK.Domain.Modules.Content;

/// <summary>The content types the enabled modules define, looked up by name; a name nobody defines is <see cref="UntypedContent"/>.</summary>
public sealed class ContentTypeCatalog(IEnumerable<IContentTypeDefinition> definitions)
{
    private readonly IReadOnlyList<IContentTypeDefinition> _all = definitions.ToList();
    private readonly IReadOnlyDictionary<string, IContentTypeDefinition> _byType = definitions.ToDictionary(d => d.Type, StringComparer.Ordinal);

    /// <summary>
    /// What "new item" writes when no type is asked for: the first type a module the site has on defines, else a plain
    /// article (a quick draft on a site without the blog is not a post nobody could read).
    /// </summary>
    public IContentTypeDefinition DefaultFor(TenantInfo? site) =>
        _all.FirstOrDefault(d => site?.HasModule(d.Module) == true) ?? new UntypedContent(ContentTypes.Article);

    /// <summary>Where readers browse a category, from the first type that has category pages; null when none has.</summary>
    public string? CategoryPath(string categorySlug) => _all.Select(d => d.CategoryPath(categorySlug)).FirstOrDefault(p => p is not null);

    /// <summary>The definition of a type some module defines, or null for a name none does.</summary>
    public IContentTypeDefinition? Find(string type) => _byType.GetValueOrDefault(type);

    public IContentTypeDefinition For(string type) => _byType.TryGetValue(type, out var definition) ? definition : new UntypedContent(type);
}
