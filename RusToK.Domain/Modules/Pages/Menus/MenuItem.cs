using RusToK.Domain.Kernel.Entities;
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

    internal static MenuItem Create(Guid menuId, Guid? parentId, int position, string title, string url) => new()
    {
        MenuId = menuId,
        ParentId = parentId,
        Position = position,
        Title = title.Trim(),
        Url = url.Trim(),
    };
}
