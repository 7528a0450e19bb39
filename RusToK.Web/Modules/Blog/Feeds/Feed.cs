using RusToK.Domain.Modules.Content;

namespace RusToK.Web.Modules.Blog.Feeds;

/// <summary>What both feed formats say: the channel and its newest posts with absolute links.</summary>
public sealed record Feed(string Title, string Description, string SiteUrl, string SelfUrl, string Language, IReadOnlyList<ContentItem> Posts)
{
    public string LinkOf(ContentItem post) => $"{SiteUrl}blog/{post.Slug}";

    public DateTime Updated => Posts.Count == 0 ? DateTime.UnixEpoch : Posts.Max(p => p.UpdatedAt);
}
