using RusToK.Domain.Kernel.Localization;

namespace RusToK.Domain.Kernel.Site;

/// <summary>
/// A link in the storefront's navigation: a title, an address and (one level of) children. As readers get it the
/// title is already in their language; as editors save it, <see cref="Translations"/> holds the title in the others.
/// </summary>
public sealed record SiteLink(string Title, string Url, IReadOnlyList<SiteLink> Children, IReadOnlyList<TranslatedText>? Translations = null);
