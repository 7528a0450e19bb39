using RusToK.Domain.Capabilities.Tags;

namespace RusToK.Web.Capabilities.Tags;

public sealed record TagDto(Guid Id, string Name, string Slug, int Count)
{
    [global::GraphQL.Ignore] // a mapping helper, not a field
    public static TagDto From(TagSummary t) => new(t.Id, t.Name, t.Slug, t.Count);

    [global::GraphQL.Ignore]
    public static TagDto From(Tag t) => new(t.Id, t.Name, t.Slug, 0);
}
