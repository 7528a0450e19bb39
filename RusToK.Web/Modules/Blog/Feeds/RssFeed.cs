using System.Globalization;
using System.Xml.Linq;

namespace RusToK.Web.Modules.Blog.Feeds;

/// <summary>RSS 2.0 (with <c>atom:link rel="self"</c> and <c>content:encoded</c>, as feed validators recommend).</summary>
public static class RssFeed
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";
    private static readonly XNamespace Content = "http://purl.org/rss/1.0/modules/content/";

    public static string Write(Feed feed)
    {
        var channel = new XElement("channel",
            new XElement("title", feed.Title),
            new XElement("link", feed.SiteUrl + "blog"),
            new XElement("description", feed.Description),
            new XElement("language", feed.Language),
            new XElement("lastBuildDate", Rfc822(feed.Updated)),
            new XElement(Atom + "link", new XAttribute("href", feed.SelfUrl), new XAttribute("rel", "self"), new XAttribute("type", "application/rss+xml")),
            feed.Posts.Select(post => new XElement("item",
                new XElement("title", post.Title),
                new XElement("link", feed.LinkOf(post)),
                new XElement("guid", new XAttribute("isPermaLink", "true"), feed.LinkOf(post)),
                new XElement("pubDate", Rfc822(post.PublishedAt ?? post.UpdatedAt)),
                new XElement("description", post.Excerpt),
                new XElement(Content + "encoded", new XCData(feed.BodyOf(post))))));
        var rss = new XElement("rss", new XAttribute("version", "2.0"),
            new XAttribute(XNamespace.Xmlns + "atom", Atom), new XAttribute(XNamespace.Xmlns + "content", Content), channel);
        return "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n" + rss;
    }

    // RFC 822 dates with a four-digit year, e.g. "Tue, 24 Nov 2026 10:00:00 GMT".
    private static string Rfc822(DateTime utc) => utc.ToString("r", CultureInfo.InvariantCulture);
}
