using RusToK.Domain.Kernel.Site;

namespace RusToK.Components.Modules.Pages;

/// <summary>A menu link in the editor's flat list; a nested row belongs to the nearest top-level row above it.</summary>
public sealed class MenuRow
{
    public string Title { get; set; } = "";

    public string Url { get; set; } = "/";

    public bool Nested { get; set; }

    public static List<MenuRow> Flatten(IReadOnlyList<SiteLink> links) =>
        links.SelectMany(l => l.Children.Select(c => new MenuRow { Title = c.Title, Url = c.Url, Nested = true }).Prepend(new MenuRow { Title = l.Title, Url = l.Url })).ToList();

    /// <summary>Back to a tree; a nested row with no top-level row above it becomes top-level.</summary>
    public static IReadOnlyList<SiteLink> ToTree(IReadOnlyList<MenuRow> rows)
    {
        var tree = new List<(MenuRow Row, List<SiteLink> Children)>();
        foreach (var row in rows)
        {
            if (row.Nested && tree.Count > 0) tree[^1].Children.Add(new SiteLink(row.Title, row.Url, []));
            else tree.Add((row, []));
        }

        return tree.Select(t => new SiteLink(t.Row.Title, t.Row.Url, t.Children)).ToList();
    }
}
