namespace RusToK.Domain.Modules.Content.Listings;

/// <summary>What one address adds to the counts, worked out from its published versions alone.</summary>
public static class ListingContribution
{
    /// <summary>
    /// For each key any version counts under: the address once, its extra matching versions, and per language of the
    /// address how a reader of that language sees a different number than a reader without a version of their own
    /// (see <see cref="ListingScope"/>). Zero weights are left out, so a single-language post adds one row per key.
    /// </summary>
    public static IReadOnlyList<ListingEntry> Of(IReadOnlyList<ListingVersion> versions)
    {
        var entries = versions.Select(v => new ListingEntry(ListingDimension.Version, ListingKey.Of(v.Id), ListingScope.Addresses, 1)).ToList();
        var languages = versions.Select(v => v.Language).Where(IsLanguage).Distinct().ToList();
        foreach (var key in versions.SelectMany(KeysOf).Distinct())
        {
            var matching = versions.Where(v => KeysOf(v).Contains(key)).ToList();
            entries.Add(new(key.Dimension, key.Key, ListingScope.Addresses, 1));
            if (matching.Count > 1) entries.Add(new(key.Dimension, key.Key, ListingScope.ExtraVersions, matching.Count - 1));
            foreach (var language in languages)
            {
                var difference = matching.Count(v => v.Language == language) - matching.Count;
                if (difference != 0) entries.Add(new(key.Dimension, key.Key, language, difference));
            }
        }

        return entries;
    }

    // A scope that is no language ("" or "+") must never be taken for one.
    private static bool IsLanguage(string language) => language.Length > 0 && language != ListingScope.ExtraVersions;

    private static IEnumerable<(ListingDimension Dimension, string Key)> KeysOf(ListingVersion version)
    {
        yield return (ListingDimension.Total, "");
        if (version.CategoryId is { } category) yield return (ListingDimension.Category, ListingKey.Of(category));
        foreach (var tag in version.TagIds.Distinct()) yield return (ListingDimension.Tag, ListingKey.Of(tag));
        if (version.PublishedAt is { } publishedAt) yield return (ListingDimension.Month, ListingKey.Month(publishedAt));
    }
}
