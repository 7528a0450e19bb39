namespace RusToK.Domain.Kernel.Site;

/// <summary>A module's public addresses for the tenant's <c>sitemap.xml</c>; asked only while the module is on.</summary>
public interface ISitemapSource
{
    string Module { get; }

    Task<IReadOnlyList<SitemapEntry>> EntriesAsync(CancellationToken ct);
}
