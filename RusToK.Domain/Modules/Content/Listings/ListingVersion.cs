namespace RusToK.Domain.Modules.Content.Listings;

/// <summary>A published version of an address, with what the listing counts it under.</summary>
public sealed record ListingVersion(Guid Id, string Language, Guid? CategoryId, DateTime? PublishedAt, IReadOnlyList<Guid> TagIds);
