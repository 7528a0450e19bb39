using System.Text.Json;
using System.Text.Json.Serialization;

namespace RusToK.E2E.Tests.Guards;

/// <summary>
/// One page of <c>scripts/screenshots/pages.json</c>, the list the screenshot script photographs and the guards check:
/// a fixed address, or one reached by following the first <see cref="Link"/> on <see cref="Via"/> (an id in it).
/// </summary>
public sealed record GuardedPage(string Name, string? Path, string As, string? Via, string? Link)
{
    // Listed first: static initialisers run in the order they are written.
    /// <summary>Every page the list holds, whatever is chosen.</summary>
    public static IReadOnlyList<GuardedPage> Listed { get; } = Load();

    /// <summary>Every listed page, or only those named in <c>RUSTOK_GUARD_PAGES</c> (comma-separated) while fixing a few.</summary>
    public static IReadOnlyList<GuardedPage> All { get; } = Chosen(Listed);

    public override string ToString() => $"{Name} ({As})";

    private static List<GuardedPage> Chosen(IReadOnlyList<GuardedPage> pages)
    {
        var names = Environment.GetEnvironmentVariable("RUSTOK_GUARD_PAGES")?.Split(',', StringSplitOptions.TrimEntries);
        return names is null ? [.. pages] : pages.Where(p => names.Contains(p.Name)).ToList();
    }

    private static List<GuardedPage> Load()
    {
        var file = System.IO.Path.Combine(AppContext.BaseDirectory, "pages.json");
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web);
        return JsonSerializer.Deserialize<PageList>(File.ReadAllText(file), options)!.Pages;
    }

    private sealed record PageList([property: JsonPropertyName("pages")] List<GuardedPage> Pages);
}
