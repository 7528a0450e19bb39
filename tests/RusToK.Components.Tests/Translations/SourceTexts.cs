using System.Text.RegularExpressions;
using RusToK.Components.Kernel.Localization;

namespace RusToK.Components.Tests.Translations;

/// <summary>A text a page looks up: where, under which key, in which resource set first, and whether it is a counted noun.</summary>
public sealed record SourceText(string Place, string Key, Type Set, bool Counted);

/// <summary>
/// Reads the literal texts the UI projects look up, the ways the code does it: <c>L["…"]</c> and <c>L["…", args]</c> on any
/// localizer a file declares (injected, a parameter or a local), <c>L.Translate("…")</c>, <c>Counted.Of(L, n, "…|…")</c>,
/// DataAnnotations' <c>ErrorMessage = "…"</c> (shown through FieldMessage, with the shared strings), and the
/// title and detail of a plain status page.
/// </summary>
public static partial class SourceTexts
{
    private static readonly string[] Projects = ["RusToK.Components", "RusToK.Web"];

    /// <summary>The modules' and capabilities' resource sets by name, as their registrations add them.</summary>
    public static IReadOnlyDictionary<string, Type> ModuleSets { get; } = typeof(SharedResource).Assembly.GetTypes()
        .Where(t => t.Name.EndsWith("Strings", StringComparison.Ordinal) && t.Namespace is { } ns && (ns.Contains(".Modules.") || ns.Contains(".Capabilities.")))
        .ToDictionary(t => t.Name);

    public static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "RusToK.sln"))) return dir.FullName;
        }

        throw new DirectoryNotFoundException("RusToK.sln not found above " + AppContext.BaseDirectory);
    }

    public static IReadOnlyList<SourceText> Read(string root)
    {
        var files = Projects.SelectMany(p => Directory.GetFiles(Path.Combine(root, p), "*.*", SearchOption.AllDirectories))
            .Where(f => (f.EndsWith(".razor", StringComparison.Ordinal) || f.EndsWith(".cs", StringComparison.Ordinal)) && !IsBuildOutput(f))
            .ToList();
        // A component's markup and its code-behind share the localizers either declares.
        return files.GroupBy(f => f.EndsWith(".razor.cs", StringComparison.Ordinal) ? f[..^3] : f)
            .SelectMany(group => Read(root, group.ToList()))
            .ToList();
    }

    public static HashSet<string> Placeholders(string text) => Placeholder().Matches(text).Select(m => m.Groups[1].Value).ToHashSet();

    private static IEnumerable<SourceText> Read(string root, IReadOnlyList<string> files)
    {
        var sources = files.Select(f => (File: f, Text: File.ReadAllText(f))).ToList();
        var localizers = sources.SelectMany(s => Declaration().Matches(s.Text))
            .Select(m => (Name: m.Groups["name"].Value, Set: SetNamed(m.Groups["set"].Value, sources[0].File)))
            .DistinctBy(l => l.Name)
            .ToList();
        foreach (var (file, text) in sources)
        {
            var place = Path.GetRelativePath(root, file);
            foreach (var (name, set) in localizers)
            {
                var lookups = new Regex($@"(?<![\w.]){name}\[\s*""(?<key>(?:[^""\\]|\\.)*)""").Matches(text)
                    .Concat(new Regex($@"(?<![\w.]){name}\.Translate\(\s*""(?<key>(?:[^""\\]|\\.)*)""").Matches(text));
                foreach (var match in lookups) yield return new(At(place, text, match.Index), Unescape(match.Groups["key"].Value), set, false);
                foreach (Match match in new Regex($@"Counted\.Of\(\s*{name}\s*,[^""]*?""(?<key>(?:[^""\\]|\\.)*)""").Matches(text))
                {
                    yield return new(At(place, text, match.Index), Unescape(match.Groups["key"].Value), set, true);
                }
            }

            foreach (Match match in ErrorMessage().Matches(text)) yield return new(At(place, text, match.Index), Unescape(match.Groups["key"].Value), typeof(SharedResource), false);
            foreach (Match match in StatusPage().Matches(text))
            {
                foreach (Capture key in match.Groups["key"].Captures) yield return new(At(place, text, match.Index), Unescape(key.Value), typeof(SharedResource), false);
            }
        }
    }

    // A declared set by its type name; a plain IStringLocalizer reads the module's set its folder names, else the shared one.
    private static Type SetNamed(string name, string file)
    {
        if (name == nameof(SharedResource)) return typeof(SharedResource);
        if (ModuleSets.TryGetValue(name, out var set)) return set;
        var folder = file.Replace('\\', '/').Split('/').SkipWhile(p => p is not ("Modules" or "Capabilities")).Skip(1).FirstOrDefault();
        return folder is not null && ModuleSets.TryGetValue(folder + "Strings", out var own) ? own : typeof(SharedResource);
    }

    private static bool IsBuildOutput(string file)
    {
        var path = file.Replace('\\', '/');
        return path.Contains("/obj/", StringComparison.Ordinal) || path.Contains("/bin/", StringComparison.Ordinal);
    }

    private static string At(string place, string text, int index) => $"{place}:{text.AsSpan(0, index).Count('\n') + 1}";

    private static string Unescape(string literal) => literal.Replace("\\\"", "\"").Replace("\\n", "\n").Replace("\\\\", "\\");

    // "@inject IStringLocalizer<X> L", "[Inject] IStringLocalizer<X> L { get; set; }", "IStringLocalizer<X> l)", "IStringLocalizer localizer",
    // "var l = ….GetRequiredService<IStringLocalizer<X>>()".
    [GeneratedRegex(@"IStringLocalizer(?:<(?<set>\w+)>)?\s+(?<name>[A-Za-z_]\w*)\b(?!\s*\()|var\s+(?<name>\w+)\s*=[^;]*IStringLocalizer<(?<set>\w+)>")]
    private static partial Regex Declaration();

    [GeneratedRegex(@"ErrorMessage\s*=\s*""(?<key>(?:[^""\\]|\\.)*)""")]
    private static partial Regex ErrorMessage();

    // PlainStatusPage.WriteAsync(http, status, "Title", "Detail {0}", …) translates its title and detail.
    [GeneratedRegex(@"PlainStatusPage\.WriteAsync\([^,]+,[^,]+,(?:\s*""(?<key>(?:[^""\\]|\\.)*)""\s*,?)+")]
    private static partial Regex StatusPage();

    [GeneratedRegex(@"\{(\d+)(?:[:,][^}]*)?\}")]
    private static partial Regex Placeholder();
}
