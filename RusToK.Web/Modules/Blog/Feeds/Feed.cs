using RusToK.Domain.Modules.Blog;
using RusToK.Domain.Modules.Content;
using RusToK.Infrastructure.Modules.Content;

namespace RusToK.Web.Modules.Blog.Feeds;

/// <summary>
/// What both feed formats say: the channel in one language and its newest posts with absolute links. A post with
/// versions in other languages (<paramref name="Translated"/>) links the version the feed carries.
/// </summary>
public sealed record Feed(string Title, string Description, string SiteUrl, string SelfUrl, string Language, IReadOnlyList<ContentItem> Posts, IReadOnlySet<Guid> Translated)
{
    public string LinkOf(ContentItem post) => SiteUrl + BlogAddresses.PostPath(post.Slug, post.Language, Translated.Contains(post.Id));

    /// <summary>The post's body with every address absolute: a feed reader has no page base to resolve them against.</summary>
    public string BodyOf(ContentItem post) => AbsoluteLinks.In(post.BodyHtml, SiteUrl);

    public DateTime Updated => Posts.Count == 0 ? DateTime.UnixEpoch : Posts.Max(p => p.UpdatedAt);
}
