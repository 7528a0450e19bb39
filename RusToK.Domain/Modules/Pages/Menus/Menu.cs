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
    /// <remarks>
    /// A link saved without translations (by a client that does not know them) keeps those of the link it replaces,
    /// the one with the same title and address.
    /// </remarks>
    public void Replace(IReadOnlyList<SiteLink> links)
    {
        var kept = Items.GroupBy(i => (i.Title, i.Url)).ToDictionary(g => g.Key, g => g.First().Translations);
        SiteLink WithKept(SiteLink link) => link.Translations is not null ? link : link with { Translations = kept.GetValueOrDefault((link.Title.Trim(), link.Url.Trim())) };
        links = links.Select(l => WithKept(l) with { Children = l.Children.Select(WithKept).ToList() }).ToList();
        Items.Clear();
        for (var i = 0; i < links.Count; i++)
        {
            var parent = MenuItem.Create(Id, null, i, links[i]);
            Items.Add(parent);
            for (var j = 0; j < links[i].Children.Count; j++)
            {
                Items.Add(MenuItem.Create(Id, parent.Id, j, links[i].Children[j]));
            }
        }

        UpdatedAt = DateTime.UtcNow;
        Raise(new MenuChanged(Id, Location));
    }

    /// <summary>The items as a tree in position order: with every translation, or titled in a reader's language.</summary>
    public IReadOnlyList<SiteLink> Links(string? language = null)
    {
        var children = Items.Where(i => i.ParentId is not null).ToLookup(i => i.ParentId);
        return Items.Where(i => i.ParentId is null).OrderBy(i => i.Position)
            .Select(i => i.ToLink(children[i.Id].OrderBy(c => c.Position).Select(c => c.ToLink([], language)).ToList(), language))
            .ToList();
    }
}
