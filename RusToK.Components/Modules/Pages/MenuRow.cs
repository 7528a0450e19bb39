using RusToK.Domain.Kernel.Localization;
using RusToK.Domain.Kernel.Site;

namespace RusToK.Components.Modules.Pages;

/// <summary>A menu link in the editor's flat list; a nested row belongs to the nearest top-level row above it.</summary>
public sealed class MenuRow
{
    public string Title { get; set; } = "";

    public string Url { get; set; } = "/";

    public bool Nested { get; set; }

    /// <summary>The title in each other language, by code; an empty one shows the title above.</summary>
    public Dictionary<string, string?> Translations { get; init; } = [];

    public static List<MenuRow> Flatten(IReadOnlyList<SiteLink> links) =>
        links.SelectMany(l => l.Children.Select(c => From(c, nested: true)).Prepend(From(l, nested: false))).ToList();

    private static MenuRow From(SiteLink link, bool nested) => new()
    {
        Title = link.Title,
        Url = link.Url,
        Nested = nested,
        Translations = (link.Translations ?? []).ToDictionary(t => t.Language, t => (string?)t.Text),
    };

    private SiteLink ToLink(List<SiteLink> children) => new(Title, Url, children,
        Translations.Where(t => !string.IsNullOrWhiteSpace(t.Value)).Select(t => new TranslatedText(t.Key, t.Value!)).ToList());

    /// <summary>Back to a tree; a nested row with no top-level row above it becomes top-level.</summary>
    public static IReadOnlyList<SiteLink> ToTree(IReadOnlyList<MenuRow> rows)
    {
        var tree = new List<(MenuRow Row, List<SiteLink> Children)>();
        foreach (var row in rows)
        {
            if (row.Nested && tree.Count > 0) tree[^1].Children.Add(row.ToLink([]));
            else tree.Add((row, []));
        }

        return tree.Select(t => t.Row.ToLink(t.Children)).ToList();
    }
}
