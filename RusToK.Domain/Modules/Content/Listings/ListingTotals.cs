using RusToK.Domain.Capabilities.Tags;

namespace RusToK.Domain.Modules.Content.Listings;

/// <summary>
/// How many published addresses of a type there are in all, per category, per tag (most used first) and per month
/// (newest first); a post and its translations count once.
/// </summary>
public sealed record ListingTotals(int Total, IReadOnlyDictionary<Guid, int> Categories, IReadOnlyList<TagSummary> Tags, IReadOnlyList<ArchiveMonth> Months);
