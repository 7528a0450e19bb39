namespace RusToK.Domain.Capabilities.Search;

/// <summary>Facet values with the names readers know them by, for one page of results.</summary>
public sealed class SearchNameBook(IReadOnlyDictionary<(string Facet, string Value), string> names)
{
    public string Of(string facet, string value) => names.TryGetValue((facet, value), out var name) ? name : value;
}
