using RusToK.Domain.Modules.Content.Revisions;

namespace RusToK.Web.Modules.Content;

public sealed record RevisionDto(int Number, string Title, string Excerpt, string Body, string BodyFormat, string AuthorName, string Reason, DateTime CreatedAt)
{
    [global::GraphQL.Ignore] // a mapping helper, not a field
    public static RevisionDto From(ContentRevision r) => new(r.Number, r.Title, r.Excerpt, r.Body, r.BodyFormat.ToString(), r.AuthorName, r.Reason, r.CreatedAt);
}
