namespace RusToK.Domain.Modules.Content.Listings;

/// <summary>
/// Whom a count answers for. <see cref="Addresses"/> counts each address (a post and its translations) once, as the
/// side column does. A reader's listing keeps the reader's version of an address, or every version where the address
/// has none in the reader's language, so its total is <see cref="Addresses"/> + <see cref="ExtraVersions"/> + the row
/// whose scope is the reader's language (what having that language changes, usually nothing, so usually no row).
/// </summary>
public static class ListingScope
{
    public const string Addresses = "";

    /// <summary>Versions of an address beyond the first, all of which a reader without a version of their own sees.</summary>
    public const string ExtraVersions = "+";

    public const int MaxLength = ContentItem.MaxLanguageLength;
}
