namespace RusToK.Domain.Modules.Blog;

/// <summary>
/// Where a post lives. A post in one language has one address; each version of a translated post has its own
/// (<c>?lang=ru</c>), as search engines expect of hreflang alternates, so pages, feeds and the sitemap agree.
/// </summary>
public static class BlogAddresses
{
    public static string PostPath(string slug, string language, bool hasTranslations) =>
        hasTranslations ? $"blog/{slug}?lang={language}" : $"blog/{slug}";
}
