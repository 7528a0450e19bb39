using System.Collections.Concurrent;
using System.Globalization;
using System.Resources;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Localization;
using RusToK.Domain.Kernel.Results;

namespace RusToK.Components.Kernel.Localization;

/// <summary>
/// Translates the messages use cases return. The domain writes them in English, already formatted ("Title must be at most
/// 200 characters."), so it stays free of any UI or language concern and the API's English text never changes. Here a
/// message is looked up as it is and, failing that, matched against the translated format strings ("{0} must be at most
/// {1} characters."): the arguments are taken from the English text, translated themselves when they are known words
/// (a field's label), and put into the Russian format string.
/// </summary>
public static partial class DomainMessages
{
    // One pattern per format string found in the resource files: bounded by the texts in the code.
    private static readonly ConcurrentDictionary<string, (Regex Pattern, int[] Slots)> Patterns = new();

    public static string Translate(this IStringLocalizer localizer, string message)
    {
        var exact = localizer[message];
        // English is what the keys are written in: an English reader's message is already right as it is.
        if (!exact.ResourceNotFound || message.Length == 0 || CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en") return exact.Value;
        foreach (var template in FormatStrings(localizer))
        {
            var (pattern, slots) = Patterns.GetOrAdd(template.Name, Compile);
            var match = pattern.Match(message);
            if (!match.Success) continue;
            var arguments = new object[slots.Length == 0 ? 0 : slots.Max() + 1];
            for (var i = 0; i < slots.Length; i++) arguments[slots[i]] = localizer[match.Groups[i + 1].Value].Value;
            return string.Format(CultureInfo.CurrentCulture, template.Value, arguments);
        }

        return message;
    }

    /// <summary>The result with its message and field errors in the reader's language; codes and field names unchanged.</summary>
    public static OperationResult Translate(this IStringLocalizer localizer, OperationResult result) => result.Succeeded ? result : result with
    {
        Message = result.Message is null ? null : localizer.Translate(result.Message),
        Errors = result.Errors.ToDictionary(e => e.Key, e => e.Value.Select(localizer.Translate).ToArray()),
    };

    // The most specific first: the longest format string that matches says the most about the message.
    private static IReadOnlyList<LocalizedString> FormatStrings(IStringLocalizer localizer)
    {
        try
        {
            return localizer.GetAllStrings(includeParentCultures: false).Where(IsFormat).OrderByDescending(s => s.Name.Length).ToList();
        }
        catch (MissingManifestResourceException)
        {
            // No resource file for the reader's language: nothing to translate into.
            return [];
        }
    }

    // A format string with words around its placeholders ("{0}" alone would match any message); not a counted noun's forms.
    private static bool IsFormat(LocalizedString text) =>
        text.Name.Contains('{') && !text.Name.Contains('|') && Placeholder().Replace(text.Name, "").Trim().Length >= 3;

    private static (Regex, int[]) Compile(string template)
    {
        var slots = new List<int>();
        var parts = Placeholder().Split(template);
        var pattern = new StringBuilder("^");
        // Split keeps the captured placeholder numbers at the odd positions.
        for (var i = 0; i < parts.Length; i++)
        {
            if (i % 2 == 0)
            {
                pattern.Append(Regex.Escape(parts[i]));
            }
            else
            {
                slots.Add(int.Parse(parts[i], CultureInfo.InvariantCulture));
                pattern.Append("(.+?)");
            }
        }

        return (new Regex(pattern.Append('$').ToString(), RegexOptions.CultureInvariant | RegexOptions.Singleline), slots.ToArray());
    }

    [GeneratedRegex(@"\{(\d+)(?:[:,][^}]*)?\}")]
    private static partial Regex Placeholder();
}
