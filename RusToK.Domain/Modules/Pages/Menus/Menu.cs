using RusToK.Domain.Kernel.Entities;
using RusToK.Domain.Kernel.Site;
using RusToK.Domain.Modules.Pages.Events;

namespace RusToK.Domain.Modules.Pages.Menus;

/// <summary>The menu at one location of the site; saved as a whole, so a reordering never shows half-done.</summary>
public sealed class Menu : TenantOwnedAggregate
{
    private Menu()
    {
    }

    public MenuLocation Location { get; private set; }

    public List<MenuItem> Items { get; private set; } = [];

    public static Menu Create(MenuLocation location) => new() { Location = location };

    /// <summary>Replaces every item with the given tree (two levels at most).</summary>
    public void Replace(IReadOnlyList<SiteLink> links)
    {
        Items.Clear();
        for (var i = 0; i < links.Count; i++)
        {
            var parent = MenuItem.Create(Id, null, i, links[i].Title, links[i].Url);
            Items.Add(parent);
            for (var j = 0; j < links[i].Children.Count; j++)
            {
                Items.Add(MenuItem.Create(Id, parent.Id, j, links[i].Children[j].Title, links[i].Children[j].Url));
            }
        }

        UpdatedAt = DateTime.UtcNow;
        Raise(new MenuChanged(Id, Location));
    }

    /// <summary>The items as a tree in position order.</summary>
    public IReadOnlyList<SiteLink> Links()
    {
        var children = Items.Where(i => i.ParentId is not null).ToLookup(i => i.ParentId);
        return Items.Where(i => i.ParentId is null).OrderBy(i => i.Position)
            .Select(i => new SiteLink(i.Title, i.Url, children[i.Id].OrderBy(c => c.Position).Select(c => new SiteLink(c.Title, c.Url, [])).ToList()))
            .ToList();
    }
}
