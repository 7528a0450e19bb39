namespace RusToK.Domain.Modules.Content;

/// <summary>The content types the enabled modules define, looked up by name; a name nobody defines is <see cref="UntypedContent"/>.</summary>
public sealed class ContentTypeCatalog(IEnumerable<IContentTypeDefinition> definitions)
{
    private readonly IReadOnlyDictionary<string, IContentTypeDefinition> _byType = definitions.ToDictionary(d => d.Type, StringComparer.Ordinal);

    public IContentTypeDefinition For(string type) => _byType.TryGetValue(type, out var definition) ? definition : new UntypedContent(type);
}
