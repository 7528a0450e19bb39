using Microsoft.AspNetCore.WebUtilities;
using RusToK.Domain.Capabilities.Search;

namespace RusToK.Components.Capabilities.Search;

/// <summary>
/// A results page's address as the reader narrowed it (<c>search?q=…&amp;type=post&amp;sort=newest</c>): each link on
/// the page is this address with one thing changed, so a facet, the sort or the page never loses the rest.
/// </summary>
public sealed record SearchAddress(string? Q, string? Type, string? Tag, string? Category, string? Language, string? Sort)
{
    public const string Path = "search";

    public bool IsNarrowed => Type is not null || Tag is not null || Category is not null || Language is not null;

    public bool IsNewest => string.Equals(Sort, "newest", StringComparison.OrdinalIgnoreCase);

    public string? ValueOf(string facet) => facet switch
    {
        SearchFacets.Type => Type,
        SearchFacets.Tag => Tag,
        SearchFacets.Category => Category,
        SearchFacets.Language => Language,
        _ => null,
    };

    /// <summary>The facet values the search is narrowed to, for the chips that widen it again.</summary>
    public IEnumerable<(string Facet, string Value)> Chosen() =>
        SearchFacets.All.Select(f => (Facet: f, Value: ValueOf(f))).Where(c => c.Value is not null).Select(c => (c.Facet, c.Value!));

    /// <summary>The same search narrowed to (or, with null, widened from) one facet value; back to the first page.</summary>
    public SearchAddress With(string facet, string? value) => facet switch
    {
        SearchFacets.Type => this with { Type = value },
        SearchFacets.Tag => this with { Tag = value },
        SearchFacets.Category => this with { Category = value },
        SearchFacets.Language => this with { Language = value },
        _ => this,
    };

    public SearchAddress Widened() => this with { Type = null, Tag = null, Category = null, Language = null };

    public SearchRequest ToRequest(int page) =>
        new(Q, Type, Tag, Category, Language, page, 10, IsNewest ? SearchSort.Newest : SearchSort.Relevance);

    /// <summary>The address itself (page 1); <see cref="QueryWithoutPage"/> is what a pager keeps on its links.</summary>
    public string Href => QueryWithoutPage is { Length: > 0 } query ? $"{Path}?{query}" : Path;

    public string QueryWithoutPage => QueryHelpers.AddQueryString("", Pairs()).TrimStart('?');

    private IEnumerable<KeyValuePair<string, string?>> Pairs()
    {
        (string Key, string? Value)[] all = [("q", Q), (SearchFacets.Type, Type), (SearchFacets.Tag, Tag), (SearchFacets.Category, Category), (SearchFacets.Language, Language), ("sort", IsNewest ? "newest" : null)];
        return all.Where(p => !string.IsNullOrWhiteSpace(p.Value)).Select(p => new KeyValuePair<string, string?>(p.Key, p.Value));
    }
}
