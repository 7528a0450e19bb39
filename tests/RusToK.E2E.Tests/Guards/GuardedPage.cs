using System.Text.Json;
using System.Text.Json.Serialization;

namespace RusToK.E2E.Tests.Guards;

/// <summary>
/// One page of <c>scripts/screenshots/pages.json</c>, the list the screenshot script photographs and the guards check:
/// a fixed address, or one reached by following the first <see cref="Link"/> on <see cref="Via"/> (an id in it).
/// </summary>
public sealed record GuardedPage(string Name, string? Path, string As, string? Via, string? Link)
{
    public static IReadOnlyList<GuardedPage> All { get; } = Load();

    public override string ToString() => $"{Name} ({As})";

    private static List<GuardedPage> Load()
    {
        var file = System.IO.Path.Combine(AppContext.BaseDirectory, "pages.json");
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web);
        return JsonSerializer.Deserialize<PageList>(File.ReadAllText(file), options)!.Pages;
    }

    private sealed record PageList([property: JsonPropertyName("pages")] List<GuardedPage> Pages);
}
