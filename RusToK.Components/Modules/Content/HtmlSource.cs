using System.Text.RegularExpressions;

namespace RusToK.Components.Modules.Content;

/// <summary>
/// The visual editor's HTML as a person reads it in the HTML mode: one block a line. The editor writes its blocks
/// with nothing between them; a line break after a block's end changes nothing readers see (never inside a code block,
/// whose text the editor escapes, so no closing tag can stand in it).
/// </summary>
public static partial class HtmlSource
{
    public static string WithLineBreaks(string html) => BlockEnd().Replace(html, "$1\n");

    [GeneratedRegex("(</(?:p|h[1-6]|ul|ol|li|blockquote|pre)>|<hr>)(?=<)", RegexOptions.IgnoreCase)]
    private static partial Regex BlockEnd();
}
