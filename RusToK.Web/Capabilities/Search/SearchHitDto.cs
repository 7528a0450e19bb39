using RusToK.Domain.Capabilities.Search;

namespace RusToK.Web.Capabilities.Search;

/// <summary>One found document; <see cref="SnippetHtml"/> is encoded text with the matched words in &lt;mark&gt;.</summary>
public sealed record SearchHitDto(string EntityType, Guid EntityId, string Type, string Language, string Title, string Url, string SnippetHtml, DateTime? PublishedAt)
{
    [global::GraphQL.Ignore] // a mapping helper, not a field
    public static SearchHitDto From(SearchHit h) => new(h.Entity.Type, h.Entity.Id, h.Type, h.Language, h.Title, h.Url, h.SnippetHtml, h.PublishedAt);
}
