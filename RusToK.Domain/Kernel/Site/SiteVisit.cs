namespace RusToK.Domain.Kernel.Site;

/// <summary>
/// A reader opened a page of the site: its path (no query string) and the other site it came from, by host name only.
/// Nothing names the reader: no address, no cookie, no agent string.
/// </summary>
public sealed record SiteVisit(Guid TenantId, string Path, string? ReferrerHost, DateTime At);
