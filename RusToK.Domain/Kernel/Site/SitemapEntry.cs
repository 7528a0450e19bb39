namespace RusToK.Domain.Kernel.Site;

/// <summary>One address for <c>sitemap.xml</c>, relative to the site's base (for example <c>blog/hello-world</c>).</summary>
public sealed record SitemapEntry(string Path, DateTime? LastModified);
