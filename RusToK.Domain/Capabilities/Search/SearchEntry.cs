namespace RusToK.Domain.Capabilities.Search;

/// <summary>A document with the tenant it belongs to, as the index stores it: the tenant is never the caller's to choose.</summary>
public sealed record SearchEntry(Guid TenantId, SearchDocument Document);
