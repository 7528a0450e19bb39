using System.Xml;
using System.Xml.Linq;

namespace RusToK.Web.Modules.Blog.Feeds;

/// <summary>Atom 1.0 (RFC 4287): every entry has an id, title, updated, author, link, summary and HTML content.</summary>
public static class AtomFeed
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    public static string Write(Feed feed)
    {
        var root = new XElement(Atom + "feed",
            new XAttribute(XNamespace.Xml + "lang", feed.Language),
            new XElement(Atom + "id", feed.SelfUrl),
            new XElement(Atom + "title", feed.Title),
            new XElement(Atom + "subtitle", feed.Description),
            new XElement(Atom + "updated", Date(feed.Updated)),
            new XElement(Atom + "link", new XAttribute("rel", "self"), new XAttribute("type", "application/atom+xml"), new XAttribute("href", feed.SelfUrl)),
            new XElement(Atom + "link", new XAttribute("rel", "alternate"), new XAttribute("type", "text/html"), new XAttribute("href", feed.SiteUrl + "blog")),
            new XElement(Atom + "author", new XElement(Atom + "name", feed.Title)),
            feed.Posts.Select(post => new XElement(Atom + "entry",
                post.Language == feed.Language ? null : new XAttribute(XNamespace.Xml + "lang", post.Language),
                new XElement(Atom + "id", feed.LinkOf(post)),
                new XElement(Atom + "title", post.Title),
                new XElement(Atom + "updated", Date(post.UpdatedAt)),
                new XElement(Atom + "published", Date(post.PublishedAt ?? post.UpdatedAt)),
                new XElement(Atom + "author", new XElement(Atom + "name", string.IsNullOrWhiteSpace(post.AuthorName) ? feed.Title : post.AuthorName)),
                new XElement(Atom + "link", new XAttribute("rel", "alternate"), new XAttribute("type", "text/html"), new XAttribute("href", feed.LinkOf(post))),
                new XElement(Atom + "summary", post.Excerpt),
                new XElement(Atom + "content", new XAttribute("type", "html"), feed.BodyOf(post)))));
        return "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n" + root;
    }

    private static string Date(DateTime utc) => XmlConvert.ToString(DateTime.SpecifyKind(utc, DateTimeKind.Utc), XmlDateTimeSerializationMode.Utc);
}
