using System.Text;
using System.Text.RegularExpressions;

namespace RusToK.Components.Tests.Translations;

/// <summary>
/// Reads the messages the domain's use cases return, from the calls that make them (Validator's Add, Must, Required and
/// MaxLength, OperationResult's Invalid, NotFound, Conflict and Forbidden, target-typed <c>new(…)</c> such as an SEO check
/// or a permission, and factories' <c>Of(…)</c> such as a revision's reason). An interpolated message becomes the format
/// string its translation is keyed by: <c>$"{label} is required."</c> is <c>"{0} is required."</c>. Field names
/// ("slug", "items[0].title") are not texts people read.
/// </summary>
public static partial class DomainTexts
{
    public static IReadOnlyList<SourceText> Read(string root) => ReadProject(root, "RusToK.Domain", Call());

    /// <summary>
    /// The texts the web host answers programs with: ProblemDetails' titles and details, GraphQL errors, the not-found
    /// messages of its operations, the plain status pages.
    /// </summary>
    public static IReadOnlyList<SourceText> ReadWebAnswers(string root) => ReadProject(root, "RusToK.Web", WebAnswer());

    private static List<SourceText> ReadProject(string root, string project, Regex calls) => Directory.GetFiles(Path.Combine(root, project), "*.cs", SearchOption.AllDirectories)
        .Where(f => !f.Replace('\\', '/').Contains("/obj/", StringComparison.Ordinal))
        .SelectMany(f => Read(Path.GetRelativePath(root, f), File.ReadAllText(f), calls))
        .ToList();

    private static IEnumerable<SourceText> Read(string place, string text, Regex calls)
    {
        foreach (Match call in calls.Matches(text))
        {
            var line = text.AsSpan(0, call.Index).Count('\n') + 1;
            foreach (var literal in Literals(text, call.Index + call.Length))
            {
                if (IsText(literal))
                {
                    yield return new($"{place}:{line}", literal, typeof(RusToK.Components.Kernel.Localization.SharedResource), false);
                }
            }
        }
    }

    // A sentence, or a capitalised word (a field's label); not a field name such as "slug" or "{0}.title", nor an error code ("FORBIDDEN").
    private static bool IsText(string literal) =>
        literal.Contains(' ', StringComparison.Ordinal) ? literal.Any(char.IsLetter)
            : literal.Length > 0 && char.IsUpper(literal[0]) && literal.All(char.IsLetter) && !literal.All(char.IsUpper);

    // The string literals among a call's arguments, up to its closing parenthesis; interpolation holes become {0}, {1}….
    private static IEnumerable<string> Literals(string text, int start)
    {
        var depth = 1;
        for (var i = start; i < text.Length && depth > 0; i++)
        {
            var c = text[i];
            if (c == '(') depth++;
            else if (c == ')') depth--;
            else if (c == '"' || (c == '$' && i + 1 < text.Length && text[i + 1] == '"'))
            {
                var interpolated = c == '$';
                if (interpolated) i++;
                yield return Literal(text, ref i, interpolated);
            }
        }
    }

    private static string Literal(string text, ref int i, bool interpolated)
    {
        var value = new StringBuilder();
        var hole = 0;
        for (i++; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\\') value.Append(text[++i] switch { 'n' => '\n', var e => e });
            else if (c == '"') break;
            else if (interpolated && c == '{' && text[i + 1] == '{') value.Append(text[++i]);
            else if (interpolated && c == '{')
            {
                SkipHole(text, ref i);
                value.Append('{').Append(hole++).Append('}');
            }
            else value.Append(c);
        }

        return value.ToString();
    }

    // From an interpolation's "{" to its "}", past any strings and braces inside the expression.
    private static void SkipHole(string text, ref int i)
    {
        var depth = 0;
        for (; i < text.Length; i++)
        {
            if (text[i] == '"')
            {
                for (i++; text[i] != '"'; i++)
                {
                    if (text[i] == '\\') i++;
                }
            }
            else if (text[i] == '{')
            {
                depth++;
            }
            else if (text[i] == '}' && --depth == 0)
            {
                return;
            }
        }
    }

    [GeneratedRegex(@"(?<![\w])(?:new|Of|Add|Must|Invalid|NotFound|Conflict|Forbidden|Required|MaxLength)(?:<[^>()]*>)?\(")]
    private static partial Regex Call();

    [GeneratedRegex(@"(?<![\w.])(?:ApiProblems\.\w+|(?:Typed)?Results\.(?:Validation)?Problem|Problem|Coded|OrNotFound|PlainStatusPage\.WriteAsync|OperationResult\.(?:Invalid|NotFound|Conflict|Forbidden))\(")]
    private static partial Regex WebAnswer();
}
