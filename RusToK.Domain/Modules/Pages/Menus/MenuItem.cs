using RusToK.Domain.Kernel.Entities;
using RusToK.Domain.Kernel.Localization;
using RusToK.Domain.Kernel.Site;
using RusToK.Domain.Kernel.Tenancy;

namespace RusToK.Domain.Modules.Pages.Menus;

/// <summary>A link in one of the site's menus; items nest one level under a parent.</summary>
public sealed class MenuItem : Entity, ITenantOwned
{
    public const int MaxTitleLength = 80;
    public const int MaxUrlLength = 500;

    private MenuItem()
    {
    }

    public Guid TenantId { get; set; }

    public Guid MenuId { get; private set; }

    public Guid? ParentId { get; private set; }

    public int Position { get; private set; }

    public string Title { get; private set; } = "";

    public string Url { get; private set; } = "";

    /// <summary>The title in other languages.</summary>
    public List<TranslatedText> Translations { get; private set; } = [];

    internal static MenuItem Create(Guid menuId, Guid? parentId, int position, SiteLink link) => new()
    {
        MenuId = menuId,
        ParentId = parentId,
        Position = position,
        Title = link.Title.Trim(),
        Url = link.Url.Trim(),
        Translations = Translated.Clean(link.Translations),
    };

    /// <summary>The link as editors see it (every language) or, with a language, as its readers do.</summary>
    public SiteLink ToLink(IReadOnlyList<SiteLink> children, string? language) => language is null
        ? new SiteLink(Title, Url, children, Translations)
        : new SiteLink(Translations.TextIn(language, Title), Url, children);
}
